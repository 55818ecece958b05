"""Command line: ``customer-modeler`` and its subcommands (info, convert, analyze, compare, or the editor)."""
