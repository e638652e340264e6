// The PlanningTask module; see DESIGN.md for what it owns.
