# Werkvloei: the two set-up commands of the README, and the pieces they are made of.
#   make demo   install what is missing, build in release mode, run the bundled example
#   make test   install what is missing, build and run the whole test suite
#   make install PREFIX=~/.local   install werk and its shell completions (bash, zsh, fish)

SWIFT ?= swift
APT_PACKAGES := libglpk-dev
TEST_APT_PACKAGES := glpk-utils graphviz
TEST_PIP_PACKAGES := snakemake jsonschema pyyaml
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_OUT := out/demo
PREFIX ?= /usr/local
DESTDIR ?=
WERK_RELEASE := .build/release/werk

.PHONY: demo test deps test-deps build release install clean

## Install the system libraries the build needs (Debian/Ubuntu).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

## Install the reference tools the tests compare against (glpsol, Graphviz, Snakemake).
test-deps: deps
	@missing=""; for p in $(TEST_APT_PACKAGES); do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
	@for p in $(TEST_PIP_PACKAGES); do \
	    python3 -m pip show $$p >/dev/null 2>&1 || \
	    python3 -m pip install -q --disable-pip-version-check $$p; done

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

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build out
