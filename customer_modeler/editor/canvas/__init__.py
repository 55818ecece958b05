"""The diagram: the scene that mirrors a model, its view, what it shows (display rules, company view, pinned lane names) and PNG export."""
