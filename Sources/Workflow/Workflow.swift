// The Workflow module; see DESIGN.md for what it owns.
