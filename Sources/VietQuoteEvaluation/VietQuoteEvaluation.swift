// The scorer. See Scorer.swift.
