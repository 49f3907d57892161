package proof

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/internal/proof/circuit"
)

// Compile compiles the circuit of the given sizes to an R1CS over BN254.
func Compile(s Sizes) (constraint.ConstraintSystem, error) {
	c, err := circuit.New(s, circuit.Hints{})
	if err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("proof: compiling the circuit: %w", err)
	}
	return ccs, nil
}

// Keys are a circuit's constraint system and Groth16 keys.
type Keys struct {
	Sizes Sizes
	CS    constraint.ConstraintSystem
	PK    groth16.ProvingKey
	VK    groth16.VerifyingKey
}

// Setup compiles the circuit and runs gnark's single-party Groth16 setup. It draws fresh randomness:
// the keys are artifacts to keep (Write), and production keys come from the MPC ceremony
// (internal/proof/ceremony) instead.
func Setup(s Sizes) (*Keys, error) {
	ccs, err := Compile(s)
	if err != nil {
		return nil, err
	}
	return SetupCompiled(s, ccs)
}

// SetupCompiled is Setup for a constraint system Compile returned.
func SetupCompiled(s Sizes, ccs constraint.ConstraintSystem) (*Keys, error) {
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("proof: groth16 setup: %w", err)
	}
	return &Keys{Sizes: s, CS: ccs, PK: pk, VK: vk}, nil
}

// VerifyingKeyHash is keccak256 of the verifying key's uncompressed gnark encoding (WriteRawTo): the
// value Groth16ScoreVerifier records, so anyone holding the key can tell which keys a deployment uses.
func VerifyingKeyHash(vk groth16.VerifyingKey) ([32]byte, error) {
	var buf bytes.Buffer
	if _, err := vk.WriteRawTo(&buf); err != nil {
		return [32]byte{}, fmt.Errorf("proof: encoding the verifying key: %w", err)
	}
	return crypto.Keccak256Hash(buf.Bytes()), nil
}

// Files in a key directory.
const (
	SizesFile    = "sizes.json"
	CSFile       = "circuit.r1cs"
	PKFile       = "proving.key"
	VKFile       = "verifying.key"
	VerifierFile = "Verifier.sol"
)

// Write stores the keys in dir: the sizes, the constraint system, the proving key in gnark's dump format
// (fast to reload, not portable across gnark versions) and the verifying key.
func (k *Keys) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	sizes, err := json.MarshalIndent(k.Sizes, "", "  ")
	if err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, SizesFile), append(sizes, '\n'), 0o644); err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	pk, ok := k.PK.(*groth16bn254.ProvingKey)
	if !ok {
		return fmt.Errorf("proof: proving key is not a BN254 key")
	}
	for name, write := range map[string]func(io.Writer) error{
		CSFile: func(w io.Writer) error { _, err := k.CS.WriteTo(w); return err },
		PKFile: pk.WriteDump,
		VKFile: func(w io.Writer) error { _, err := k.VK.WriteTo(w); return err },
	} {
		if err := writeFile(filepath.Join(dir, name), write); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := write(w); err != nil {
		f.Close()
		return fmt.Errorf("proof: writing %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("proof: writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("proof: writing %s: %w", path, err)
	}
	return nil
}

func readFile(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	defer f.Close()
	if err := read(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return fmt.Errorf("proof: reading %s: %w", path, err)
	}
	return nil
}

// LoadVerifyingKey reads the sizes and the verifying key of a key directory.
func LoadVerifyingKey(dir string) (Sizes, groth16.VerifyingKey, error) {
	var s Sizes
	raw, err := os.ReadFile(filepath.Join(dir, SizesFile))
	if err != nil {
		return s, nil, fmt.Errorf("proof: %w", err)
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return s, nil, fmt.Errorf("proof: %s: %w", SizesFile, err)
	}
	if err := s.Validate(); err != nil {
		return s, nil, err
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	err = readFile(filepath.Join(dir, VKFile), func(r io.Reader) error { _, err := vk.ReadFrom(r); return err })
	return s, vk, err
}

// Load reads what Write stored.
func Load(dir string) (*Keys, error) {
	s, vk, err := LoadVerifyingKey(dir)
	if err != nil {
		return nil, err
	}
	k := &Keys{Sizes: s, VK: vk, CS: new(cs.R1CS)}
	pk := new(groth16bn254.ProvingKey)
	if err := readFile(filepath.Join(dir, PKFile), pk.ReadDump); err != nil {
		return nil, err
	}
	k.PK = pk
	if err := readFile(filepath.Join(dir, CSFile), func(r io.Reader) error { _, err := k.CS.ReadFrom(r); return err }); err != nil {
		return nil, err
	}
	return k, nil
}
