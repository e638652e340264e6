extension ConstraintBranchAndBound {
    /// Mode shaving (Martin & Shmoys 1996; singleton consistency, Debruyne & Bessière 1997,
    /// on the mode variables): each open mode is fixed in turn, and a mode whose propagation
    /// or energy check fails is dropped; repeated until nothing is dropped.
    /// `false` when an activity loses every mode.
    ///
    /// O(R·n·M) propagations for R rounds, n activities and M modes.
    func shaveModes(_ state: inout SearchState) -> Bool {
        var dropped = true
        while dropped {
            dropped = false
            for activity in 0..<network.activityCount where !state.hasSingleMode(activity) {
                for mode in ModeBits(state.modeMask[activity]) {
                    var probe = state
                    probe.modeMask[activity] = 1 << UInt64(mode)
                    refreshModeBounds(&probe, activity)
                    if propagate(&probe), energyFits(probe) { continue }
                    guard
                        restrictModes(
                            &state, activity, to: state.modeMask[activity] & ~(1 << UInt64(mode)),
                            changed: &dropped),
                        propagate(&state)
                    else { return false }
                }
                if mustStop { return true }
            }
        }
        return true
    }
}

extension ConstraintBranchAndBound {
    /// Window shaving (Martin & Shmoys 1996; Torres & Lopez 2000): the earliest starts at which
    /// the activity can start in none of its remaining modes without propagation (and, with
    /// `checkingEnergy`, the energy check) failing are cut off, and likewise the latest
    /// completions at which it can finish in no mode; repeated until no window moves. `false`
    /// when a window empties.
    ///
    /// Each edge is probed with a slack that doubles after every cut and halves after every
    /// probe that survives, so a cut of W time units takes O(log W) probes (as in dichotomic
    /// shaving) and an edge that holds one probe. Each probe is one propagation; the energy
    /// check adds O(K·n³·M) to it.
    func shaveWindows(_ state: inout SearchState, checkingEnergy: Bool = true) -> Bool {
        var moved = true
        while moved {
            moved = false
            for activity in 0..<network.activityCount where !state.isFixed[activity] {
                for side in [WindowSide.start, .finish] {
                    guard
                        shaveEdge(
                            &state, activity, side, checkingEnergy: checkingEnergy, moved: &moved)
                    else { return false }
                }
            }
        }
        return true
    }

    /// Cuts one edge of `activity`'s window until a probe at the edge survives (or time is
    /// up); `false` when the window empties.
    private func shaveEdge(
        _ state: inout SearchState, _ activity: Int, _ side: WindowSide, checkingEnergy: Bool,
        moved: inout Bool
    ) -> Bool {
        var slack = 0
        while !mustStop {
            if fitsNearEdge(state, activity, side, within: slack, checkingEnergy: checkingEnergy) {
                if slack == 0 { return true }
                slack /= 2
                continue
            }
            switch side {
            case .start: state.earliestStart[activity] += slack + 1
            case .finish: state.latestCompletion[activity] -= slack + 1
            }
            moved = true
            guard propagate(&state) else { return false }
            slack = 2 * slack + 1
        }
        return true
    }

    private enum WindowSide { case start, finish }

    /// Whether some remaining mode of `activity` survives propagation (and the energy check)
    /// when the activity starts at most `slack` after its earliest start (`.start`), or
    /// finishes at most `slack` before its latest completion (`.finish`).
    private func fitsNearEdge(
        _ state: SearchState, _ activity: Int, _ side: WindowSide, within slack: Int,
        checkingEnergy: Bool
    ) -> Bool {
        ModeBits(state.modeMask[activity]).contains { mode in
            var probe = state
            probe.modeMask[activity] = 1 << UInt64(mode)
            refreshModeBounds(&probe, activity)
            let duration = network.duration(activity, mode)
            switch side {
            case .start:
                _ = probe.lowerLatestCompletion(
                    activity, to: state.earliestStart[activity] + slack + duration)
            case .finish:
                _ = probe.raiseEarliestStart(
                    activity, to: state.latestCompletion[activity] - slack - duration)
            }
            return propagate(&probe) && (!checkingEnergy || energyFits(probe))
        }
    }
}
