"""Analysis 6: what drives repeat contacts (failure demand, its sensitivities and what-if)."""
