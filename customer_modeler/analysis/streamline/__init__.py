"""Analysis 1: where the process can be streamlined or consolidated (step table, handoffs, rules C1-C7, ranked candidates)."""
