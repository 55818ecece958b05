"""Every edit a user makes: the editing façade (steps, flows, lanes) over the undo commands."""
