"""Analysis 3: our customers' experience compared with a competitor's (scorecards side by side, step matching)."""
