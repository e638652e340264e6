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
                if ContinuousClock.now >= deadline { return true }
            }
        }
        return true
    }
}

extension ConstraintBranchAndBound {
    /// Window shaving (Martin & Shmoys 1996; Torres & Lopez 2000): an earliest start at which
    /// the activity can start in none of its remaining modes without propagation (and, with
    /// `checkingEnergy`, the energy check) failing is raised by one, and likewise a latest
    /// completion at which it can finish in no mode is lowered; repeated until no window
    /// moves. `false` when a window empties.
    ///
    /// O(W·M) propagations per activity and round, W the window lengths shaved off; the energy
    /// check adds O(K·n³·M) to each.
    func shaveWindows(_ state: inout SearchState, checkingEnergy: Bool = true) -> Bool {
        var moved = true
        while moved {
            moved = false
            for activity in 0..<network.activityCount where !state.isFixed[activity] {
                for side in [WindowSide.start, .finish] {
                    while !fitsAtEdge(state, activity, side, checkingEnergy: checkingEnergy) {
                        if ContinuousClock.now >= deadline { return true }
                        switch side {
                        case .start: state.earliestStart[activity] += 1
                        case .finish: state.latestCompletion[activity] -= 1
                        }
                        moved = true
                        guard propagate(&state) else { return false }
                    }
                }
            }
        }
        return true
    }

    private enum WindowSide { case start, finish }

    /// Whether some remaining mode of `activity` survives propagation (and the energy check)
    /// when the activity starts at its earliest start (`.start`) or finishes at its latest
    /// completion (`.finish`).
    private func fitsAtEdge(
        _ state: SearchState, _ activity: Int, _ side: WindowSide, checkingEnergy: Bool
    ) -> Bool {
        ModeBits(state.modeMask[activity]).contains { mode in
            var probe = state
            probe.modeMask[activity] = 1 << UInt64(mode)
            refreshModeBounds(&probe, activity)
            let duration = network.duration(activity, mode)
            switch side {
            case .start:
                _ = probe.lowerLatestCompletion(
                    activity, to: state.earliestStart[activity] + duration)
            case .finish:
                _ = probe.raiseEarliestStart(
                    activity, to: state.latestCompletion[activity] - duration)
            }
            return propagate(&probe) && (!checkingEnergy || energyFits(probe))
        }
    }
}
