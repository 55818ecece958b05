"""The editor's translations: ``cpm_<lang>.ts`` sources and the compiled ``cpm_<lang>.qm``
files the editor loads (package data; ``packaging/update_translations.sh`` refreshes them)."""
