// The PartialOrderPlanning module; see DESIGN.md for what it owns.
