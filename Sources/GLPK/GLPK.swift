// The GLPK module; see DESIGN.md for what it owns.
