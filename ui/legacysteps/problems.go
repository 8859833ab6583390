package legacysteps

import (
	"errors"

	"paystack-setup/msg"
	"paystack-setup/state"
)

// What the wizard says when its saved answers cannot be opened or saved, for
// the screen, the accessible mode and the command line alike.

// SaveProblem is what to say when a save failed: a state.FileError already
// says "Could not save your answers to …", so only other errors get that
// lead-in.
func SaveProblem(err error) string {
	var fe *state.FileError
	if errors.As(err, &fe) {
		return fe.Error()
	}
	return msg.T(msg.WizSaveFailed, err)
}

// LockedProblem is the refusal when another wizard holds the profile. It
// names that process when the lock recorded it: a wizard suspended with
// ctrl+z or left in a detached tmux is otherwise hard to find.
func LockedProblem(profile string, locked *state.LockedError) string {
	if locked != nil && locked.PID > 0 {
		return msg.T(msg.WizLockedPID, profile, locked.PID)
	}
	return msg.T(msg.WizLocked, profile)
}
