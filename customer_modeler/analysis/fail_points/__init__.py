"""Analysis 2: where a failure leads to a poor customer experience (fail-point ranking, emotion measures)."""
