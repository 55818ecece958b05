"""The Analysis menu in the window: jobs, the worker thread that runs them, the results dock and the highlights on the diagram."""
