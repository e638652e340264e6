// The PDDL module; see DESIGN.md for what it owns.
