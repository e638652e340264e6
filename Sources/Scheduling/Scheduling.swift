// The Scheduling module; see DESIGN.md for what it owns.
