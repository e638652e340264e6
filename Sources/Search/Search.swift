// The Search module; see DESIGN.md for what it owns.
