// Package ceremony runs gnark's Groth16 MPC setup (backend/groth16/bn254/mpcsetup) as files in a
// directory, so that production keys come from many independent contributors: the keys are sound as long
// as one contributor destroyed their randomness.
//
// Phase 1 (powers of tau, any circuit up to the domain size) and phase 2 (this circuit) each run
//
//	init → contribute (any number of times, one participant after another) → verify (seal with a beacon)
//
// Layout of the directory:
//
//	state.json           the open phase and the domain size
//	phase1/0000.bin      the initial phase-1 state; phase1/0001.bin … the contributions
//	srs.bin              the sealed phase-1 result (circuit-independent)
//	phase2/0000.bin      the initial phase-2 state; phase2/0001.bin … the contributions
//
// Every contribution carries proofs of knowledge of its update, which Verify checks for the whole chain
// before sealing; the beacon (a public random value fixed after the last contribution) is applied last.
package ceremony

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// State is state.json.
type State struct {
	Phase      int    `json:"phase"` // 1 or 2: the phase contributions go to; 3: done
	DomainSize uint64 `json:"domainSize"`
}

const (
	stateFile = "state.json"
	srsFile   = "srs.bin"
)

func phaseDir(dir string, phase int) string { return filepath.Join(dir, fmt.Sprintf("phase%d", phase)) }

func r1csOf(ccs constraint.ConstraintSystem) (*cs.R1CS, error) {
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("ceremony: a BN254 R1CS is required")
	}
	return r, nil
}

// Init starts phase 1 in dir for circuits of ccs's size.
func Init(dir string, ccs constraint.ConstraintSystem) error {
	if _, err := os.Stat(filepath.Join(dir, stateFile)); err == nil {
		return fmt.Errorf("ceremony: %s already holds a ceremony", dir)
	}
	n := ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints()))
	if err := os.MkdirAll(phaseDir(dir, 1), 0o755); err != nil {
		return fmt.Errorf("ceremony: %w", err)
	}
	var p1 mpcsetup.Phase1
	p1.Initialize(n)
	if err := write(filepath.Join(phaseDir(dir, 1), name(0)), &p1); err != nil {
		return err
	}
	return saveState(dir, State{Phase: 1, DomainSize: n})
}

// Contribute adds one contribution to the open phase, with fresh randomness it forgets, and returns the
// file written (to be published for the next participant).
func Contribute(dir string) (string, error) {
	st, err := LoadState(dir)
	if err != nil {
		return "", err
	}
	files, err := chain(dir, st.Phase)
	if err != nil {
		return "", err
	}
	last := files[len(files)-1]
	out := filepath.Join(phaseDir(dir, st.Phase), name(len(files)))
	switch st.Phase {
	case 1:
		var p mpcsetup.Phase1
		if err := read(last, &p); err != nil {
			return "", err
		}
		p.Contribute()
		return out, write(out, &p)
	case 2:
		var p mpcsetup.Phase2
		if err := read(last, &p); err != nil {
			return "", err
		}
		p.Contribute()
		return out, write(out, &p)
	}
	return "", fmt.Errorf("ceremony: no phase is open (phase %d)", st.Phase)
}

// Verify checks every contribution of the open phase and seals it with the beacon. Sealing phase 1
// writes srs.bin and opens phase 2 for ccs; sealing phase 2 returns the keys.
func Verify(dir string, ccs constraint.ConstraintSystem, beacon []byte) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	if len(beacon) == 0 {
		return nil, nil, fmt.Errorf("ceremony: a beacon is required")
	}
	st, err := LoadState(dir)
	if err != nil {
		return nil, nil, err
	}
	r, err := r1csOf(ccs)
	if err != nil {
		return nil, nil, err
	}
	files, err := chain(dir, st.Phase)
	if err != nil {
		return nil, nil, err
	}
	if len(files) < 2 {
		return nil, nil, fmt.Errorf("ceremony: phase %d has no contribution yet", st.Phase)
	}
	switch st.Phase {
	case 1:
		contribs := make([]*mpcsetup.Phase1, len(files)-1)
		for i, f := range files[1:] {
			contribs[i] = new(mpcsetup.Phase1)
			if err := read(f, contribs[i]); err != nil {
				return nil, nil, err
			}
		}
		srs, err := mpcsetup.VerifyPhase1(st.DomainSize, beacon, contribs...)
		if err != nil {
			return nil, nil, fmt.Errorf("ceremony: phase 1: %w", err)
		}
		if err := write(filepath.Join(dir, srsFile), &srs); err != nil {
			return nil, nil, err
		}
		var p2 mpcsetup.Phase2
		p2.Initialize(r, &srs)
		if err := os.MkdirAll(phaseDir(dir, 2), 0o755); err != nil {
			return nil, nil, fmt.Errorf("ceremony: %w", err)
		}
		if err := write(filepath.Join(phaseDir(dir, 2), name(0)), &p2); err != nil {
			return nil, nil, err
		}
		return nil, nil, saveState(dir, State{Phase: 2, DomainSize: st.DomainSize})
	case 2:
		var srs mpcsetup.SrsCommons
		if err := read(filepath.Join(dir, srsFile), &srs); err != nil {
			return nil, nil, err
		}
		contribs := make([]*mpcsetup.Phase2, len(files)-1)
		for i, f := range files[1:] {
			contribs[i] = new(mpcsetup.Phase2)
			if err := read(f, contribs[i]); err != nil {
				return nil, nil, err
			}
		}
		pk, vk, err := mpcsetup.VerifyPhase2(r, &srs, beacon, contribs...)
		if err != nil {
			return nil, nil, fmt.Errorf("ceremony: phase 2: %w", err)
		}
		return pk, vk, saveState(dir, State{Phase: 3, DomainSize: st.DomainSize})
	}
	return nil, nil, fmt.Errorf("ceremony: no phase is open (phase %d)", st.Phase)
}

// LoadState reads state.json.
func LoadState(dir string) (State, error) {
	var st State
	raw, err := os.ReadFile(filepath.Join(dir, stateFile))
	if err != nil {
		return st, fmt.Errorf("ceremony: %w (run init first)", err)
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		return st, fmt.Errorf("ceremony: %s: %w", stateFile, err)
	}
	return st, nil
}

func saveState(dir string, st State) error {
	raw, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("ceremony: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, stateFile), append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("ceremony: %w", err)
	}
	return nil
}

func name(i int) string { return fmt.Sprintf("%04d.bin", i) }

// chain lists the phase's files in order, checking they are numbered 0000, 0001, … without gaps.
func chain(dir string, phase int) ([]string, error) {
	if phase != 1 && phase != 2 {
		return nil, fmt.Errorf("ceremony: no phase is open (phase %d)", phase)
	}
	files, err := filepath.Glob(filepath.Join(phaseDir(dir, phase), "[0-9][0-9][0-9][0-9].bin"))
	if err != nil {
		return nil, fmt.Errorf("ceremony: %w", err)
	}
	sort.Strings(files)
	for i, f := range files {
		if filepath.Base(f) != name(i) {
			return nil, fmt.Errorf("ceremony: phase %d: expected %s, found %s", phase, name(i), filepath.Base(f))
		}
	}
	if len(files) == 0 {
		return nil, errors.New("ceremony: the open phase has no initial state")
	}
	return files, nil
}

func write(path string, v io.WriterTo) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("ceremony: %w", err)
	}
	w := bufio.NewWriter(f)
	if _, err := v.WriteTo(w); err != nil {
		f.Close()
		return fmt.Errorf("ceremony: writing %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("ceremony: writing %s: %w", path, err)
	}
	return f.Close()
}

func read(path string, v io.ReaderFrom) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ceremony: %w", err)
	}
	defer f.Close()
	if _, err := v.ReadFrom(bufio.NewReader(f)); err != nil {
		return fmt.Errorf("ceremony: reading %s: %w", path, err)
	}
	return nil
}
