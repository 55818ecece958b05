"""The shared engine every analysis stands on: the model as a weighted graph, the absorbing chain and its solves (expected visits, hit probabilities, paths), Monte Carlo, and the scorecard."""
