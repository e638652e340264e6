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
