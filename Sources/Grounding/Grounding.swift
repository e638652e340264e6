// The Grounding module; see DESIGN.md for what it owns.
