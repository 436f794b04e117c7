"""The member directory: who is who in the network, each member choosing field by field what
the other members see of them (decision 0043)."""
