"""Analysis 5: a what-if model compared with the current regime (change list, annual economics)."""
