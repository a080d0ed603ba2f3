"""Events: triggers from the lexicon, arguments from the parse, types from lexicon + dyad classifier."""
