// The WorkflowExecution module; see DESIGN.md for what it owns.
