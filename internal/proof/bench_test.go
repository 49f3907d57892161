package proof

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/open-attribution/poa/internal/proof/circuit"
)

// The benchmarks of docs/benchmarks.md (## Proofs). They are skipped unless their variable is set:
//
//	POA_PROOF_KEYS=DIR go test -run TestBenchmarkProve -timeout 2h -v ./internal/proof
//	    proves a full batch (n = N, m = M) with the keys `oracle setup` wrote to DIR
//	POA_PROOF_SCALING=64x32,256x64 go test -run TestBenchmarkScaling -timeout 4h -v ./internal/proof
//	    compiles N×D circuits with M = 16 and proves one batch each with gnark's DummySetup keys
//	    (random keys: same sizes and prover work, proofs that do not verify)

// fullBatch is a random batch filling the circuit: n = N contributions, m = M requests.
func fullBatch(s Sizes, seed int64) *Batch {
	rng := rand.New(rand.NewSource(seed))
	shares := make([]*big.Int, s.Batch)
	prev := make([]*big.Int, s.Contributions)
	for i := range shares {
		shares[i] = new(big.Int).Rand(rng, ether(1))
	}
	for k := range prev {
		prev[k] = new(big.Int).Rand(rng, ether(10))
	}
	return newBatch(s, s.Contributions, s.Batch, randomEntries(rng, 1<<16), shares, prev)
}

// cpuTime is the process's user + system CPU time so far: on a machine shared with other jobs the wall
// time of a parallel prover depends on its CPU share, the CPU time much less.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS is the process's peak resident set (VmHWM), or "" off Linux.
func peakRSS() string {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return fmt.Sprintf("%.2f GiB", float64(kb)/(1<<20))
		}
	}
	return ""
}

func TestBenchmarkProve(t *testing.T) {
	dir := os.Getenv("POA_PROOF_KEYS")
	if dir == "" {
		t.Skip("set POA_PROOF_KEYS to a key directory")
	}
	start := time.Now()
	k, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("keys loaded in %s: %d constraints, peak RSS %s", time.Since(start).Round(time.Millisecond), k.CS.GetNbConstraints(), peakRSS())
	ctx := context.Background()
	b := fullBatch(k.Sizes, 1)
	runtime.GC()
	start = time.Now()
	a, r, err := Assignment(ctx, k.Sizes, b, circuit.Hints{})
	if err != nil {
		t.Fatal(err)
	}
	engine := time.Since(start)
	start, cpu := time.Now(), cpuTime()
	full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	prf, err := groth16.Prove(k.CS, k.PK, full, backend.WithSolverOptions(solver.WithHints(circuit.Hints{}.List()...)),
		solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		t.Fatal(err)
	}
	proving, provingCPU := time.Since(start), cpuTime()-cpu
	vec, err := r.Public.Vector()
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	if err := Verify(k.VK, k.Sizes, prf.(*groth16bn254.Proof).MarshalSolidity(), vec); err != nil {
		t.Fatal(err)
	}
	t.Logf("N=%d D=%d M=%d: engine %s, witness+prove %s (CPU %s on %d CPUs), verify %s, peak RSS %s, %d positive scores",
		k.Sizes.Contributions, k.Sizes.Features(), k.Sizes.Batch, engine.Round(time.Millisecond),
		proving.Round(time.Millisecond), provingCPU.Round(time.Millisecond), runtime.NumCPU(),
		time.Since(start).Round(time.Millisecond), peakRSS(), positives(r))
}

func TestBenchmarkScaling(t *testing.T) {
	spec := os.Getenv("POA_PROOF_SCALING")
	if spec == "" {
		t.Skip("set POA_PROOF_SCALING to NxD,NxD,...")
	}
	prove := os.Getenv("POA_PROOF_SCALING_PROVE") != "0"
	for _, item := range strings.Split(spec, ",") {
		var n, d int
		if _, err := fmt.Sscanf(item, "%dx%d", &n, &d); err != nil {
			t.Fatalf("%q: %v", item, err)
		}
		s := Sizes{Contributions: n, Batch: 16, Layers: []int{d}}
		start := time.Now()
		ccs, err := Compile(s)
		if err != nil {
			t.Fatal(err)
		}
		line := fmt.Sprintf("N=%d D=%d M=16: %d constraints (compile %s)", n, d, ccs.GetNbConstraints(), time.Since(start).Round(time.Second))
		if prove {
			pk := new(groth16bn254.ProvingKey)
			start = time.Now()
			if err := groth16bn254.DummySetup(ccs.(*cs.R1CS), pk); err != nil {
				t.Fatal(err)
			}
			setup := time.Since(start)
			a, _, err := Assignment(context.Background(), s, fullBatch(s, 1), circuit.Hints{})
			if err != nil {
				t.Fatal(err)
			}
			full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
			if err != nil {
				t.Fatal(err)
			}
			runtime.GC()
			start, cpu := time.Now(), cpuTime()
			if _, err := groth16.Prove(ccs, pk, full, backend.WithSolverOptions(solver.WithHints(circuit.Hints{}.List()...))); err != nil {
				t.Fatal(err)
			}
			line += fmt.Sprintf(", dummy setup %s, prove %s (CPU %s)", setup.Round(time.Second),
				time.Since(start).Round(time.Millisecond), (cpuTime() - cpu).Round(time.Millisecond))
		}
		t.Log(line + ", peak RSS so far " + peakRSS())
		runtime.GC()
	}
}
