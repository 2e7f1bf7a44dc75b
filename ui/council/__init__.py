"""Council screens: members, meetings, ballots, sheet entry, comparison, sealing, minutes."""
