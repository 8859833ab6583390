// Package ui is the wizard's Bubble Tea front end: the shell (Wizard) runs
// the setup flow (steps.RunWizard) and draws each question it asks, one
// step per screen with a step indicator and a help bar, in a window of at
// least 60×20:
//
//	w := ui.NewWizard(ui.WizardOptions{Open: open, Demo: demo, Lang: lang})
//	_, err := tea.NewProgram(w, tea.WithoutSignalHandler()).Run()
//	// w.Session(), w.Err(), w.Interrupted(), w.SaveErr(), w.Finished()
//
// Subpackages: render (texts in a language, data without control bytes),
// theme (styles and keys), list (the long filterable list) and accessible
// (the same flow as plain lines for screen readers).
package ui

import (
	"reflect"

	tea "charm.land/bubbletea/v2"
)

// StopMsg ends the wizard as ctrl+c does (drafts kept, saved,
// Interrupted). The caller sends it for SIGTERM and SIGHUP: Bubble Tea
// answers its own InterruptMsg and QuitMsg itself, so the model would never
// see those.
type StopMsg struct{}

// crashMsg is a command that panicked, reported back to Update.
type crashMsg struct{}

// guard reports a panic in a command (they run on their own goroutines, out
// of Update's reach) as crashMsg; commands batched inside are guarded too.
func guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (out tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				out = crashMsg{}
			}
		}()
		out = cmd()
		guardInside(out)
		return out
	}
}

// guardInside guards the commands a batch or a sequence holds. A sequence's
// slice has a type Bubble Tea keeps unexported, so it is found by its shape:
// a slice of commands.
func guardInside(out tea.Msg) {
	if batch, ok := out.(tea.BatchMsg); ok {
		for i := range batch {
			batch[i] = guard(batch[i])
		}
		return
	}
	v := reflect.ValueOf(out)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return
	}
	for i := range v.Len() {
		if c, ok := v.Index(i).Interface().(tea.Cmd); ok {
			v.Index(i).Set(reflect.ValueOf(guard(c)))
		}
	}
}

func guardedBatch(cmds ...tea.Cmd) tea.Cmd { return guard(tea.Batch(cmds...)) }
