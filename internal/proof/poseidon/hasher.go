package poseidon

import (
	"bytes"
	"fmt"
	"math/big"
	"text/template"

	"github.com/ethereum/go-ethereum/crypto"
)

// HasherSolidityPath is where the generated hasher library lives, relative to the repository root.
const HasherSolidityPath = "contracts/src/libraries/Poseidon2Hasher.sol"

// The payout-tree hasher is a small contract written directly in EVM code. A claim hashes one leaf and a
// path of Merkle nodes, each a full Poseidon2 permutation (56 rounds); solc's code for the same rounds in
// inline assembly spends half its gas moving stack slots around, and reading the round constants from
// memory (the Solidity library derives them with keccak256 to keep callers small) costs more still. Here
// the constants are PUSH32 immediates, r sits at a fixed stack depth, and each round is the shortest
// sequence we found: about 5,400 gas per compression against 7,800 for the library.
//
// Calling convention (no selector, no ABI): calldata is w0 ‖ w1 ‖ bits ‖ s_0 ‖ … ‖ s_{k-1}, 32-byte words.
// The hasher computes h = Compress(w0 mod r, w1 mod r), then for each sibling
// h = Compress(h, s_i mod r) when bit i of bits is 0, Compress(s_i mod r, h) when it is 1, and returns h.
// With w0, w1 the leaf's two inputs and bits the leaf index this is the root above the leaf; with no
// siblings it is a single compression. Calldata shorter than three words or not a whole number of words,
// and any call with value, revert with empty data.

// Opcodes the hasher uses.
const (
	opStop         = 0x00
	opAdd          = 0x01
	opMul          = 0x02
	opMod          = 0x06
	opAddMod       = 0x08
	opMulMod       = 0x09
	opLt           = 0x10
	opIsZero       = 0x15
	opAnd          = 0x16
	opOr           = 0x17
	opShr          = 0x1c
	opCallValue    = 0x34
	opCalldataLoad = 0x35
	opCalldataSize = 0x36
	opCodeCopy     = 0x39
	opPop          = 0x50
	opMStore       = 0x52
	opJump         = 0x56
	opJumpI        = 0x57
	opJumpDest     = 0x5b
	opPush0        = 0x5f
	opPush1        = 0x60
	opPush2        = 0x61
	opPush32       = 0x7f
	opDup1         = 0x80
	opSwap1        = 0x90
	opReturn       = 0xf3
	opRevert       = 0xfd
)

func dup(n int) byte  { return byte(opDup1 + n - 1) }
func swap(n int) byte { return byte(opSwap1 + n - 1) }

// assembler writes EVM code with two-byte jump labels patched once every label is placed.
type assembler struct {
	code   []byte
	labels map[string]int
	fixups map[int]string
}

func newAssembler() *assembler {
	return &assembler{labels: map[string]int{}, fixups: map[int]string{}}
}

func (a *assembler) op(ops ...byte) { a.code = append(a.code, ops...) }

func (a *assembler) push1(v byte) { a.op(opPush1, v) }

func (a *assembler) push32(v *big.Int) {
	var word [32]byte
	v.FillBytes(word[:])
	a.op(opPush32)
	a.op(word[:]...)
}

// pushLabel pushes a label's code offset (PUSH2, patched in assemble).
func (a *assembler) pushLabel(name string) {
	a.fixups[len(a.code)+1] = name
	a.op(opPush2, 0, 0)
}

// label places a jump destination.
func (a *assembler) label(name string) {
	a.labels[name] = len(a.code)
	a.op(opJumpDest)
}

func (a *assembler) assemble() ([]byte, error) {
	for at, name := range a.fixups {
		dest, ok := a.labels[name]
		if !ok {
			return nil, fmt.Errorf("poseidon: hasher label %q is never placed", name)
		}
		a.code[at], a.code[at+1] = byte(dest>>8), byte(dest)
	}
	return a.code, nil
}

// sbox replaces x on top of the stack by x⁵ mod r, with r at stack position p (1 = top) and x < 2²⁵⁶.
func (a *assembler) sbox(p int) {
	a.op(dup(p), opSwap1)         // x r' …
	a.op(dup(2), dup(2), opDup1)  // x x r' x r' …
	a.op(opMulMod)                // t=x² x r' …
	a.op(dup(3), opSwap1, opDup1) // t t r' x r' …
	a.op(opMulMod, opMulMod)      // x⁵ …
}

// fullRound: stack a b r → a' b' r with a, b < 3r in and out (the external matrix [[2,1],[1,2]]).
func (a *assembler) fullRound(c0, c1 *big.Int) {
	a.push32(c0)
	a.op(opAdd)
	a.sbox(3) // x⁵ b r
	a.op(opSwap1)
	a.push32(c1)
	a.op(opAdd)
	a.sbox(3)                    // y⁵ x⁵ r
	a.op(dup(2), dup(2), opAdd)  // s y⁵ x⁵ r
	a.op(opSwap1, dup(2), opAdd) // b'=y⁵+s s x⁵ r
	a.op(swap(2), opAdd)         // a'=x⁵+s b' r
}

// partialRound: stack a b r → a' b' r with a < 3r and b < r in and out (the internal matrix [[2,1],[1,3]]).
func (a *assembler) partialRound(c *big.Int) {
	a.push32(c)
	a.op(opAdd)
	a.sbox(3)                                       // x⁵ b r
	a.op(dup(3), dup(2), dup(4), opPush1, 3, opMul) // 3b x⁵ r x⁵ b r
	a.op(opAddMod)                                  // b'=(3b+x⁵) mod r, x⁵ b r
	a.op(swap(2), dup(2), opAdd, opAdd)             // a'=2x⁵+b b' r
}

// compress is the subroutine: stack a b r b0 ret (a, b, b0 < r, b0 = b) → h, then jumps to ret.
func (a *assembler) compress() {
	rc := RoundConstants()
	k := func(i int) *big.Int { return Uint(rc[i]) }
	a.label("compress")
	a.op(dup(2), dup(2), opAdd)  // s a b r
	a.op(opSwap1, dup(2), opAdd) // a+s s b r
	a.op(swap(2), opAdd)         // b+s a+s r
	a.op(opSwap1)                // a' b' r
	c := 0
	for i := 0; i < FullRounds/2; i++ {
		a.fullRound(k(c), k(c+1))
		c += 2
	}
	a.op(opSwap1, dup(3), opSwap1, opMod, opSwap1) // a b mod r, r
	for i := 0; i < PartialRounds; i++ {
		a.partialRound(k(c))
		c++
	}
	for i := FullRounds / 2; i < FullRounds; i++ {
		a.fullRound(k(c), k(c+1))
		c += 2
	}
	a.op(opPop)                     // b r b0 ret
	a.op(swap(2), opSwap1, swap(2)) // b b0 r ret
	a.op(opAddMod, opSwap1, opJump) // h, back at ret
}

// loadReduced pushes calldata word at the offset on top of the stack, reduced mod r.
func (a *assembler) loadReduced(r *big.Int) {
	a.op(opCalldataLoad)
	a.push32(r)
	a.op(opSwap1, opMod)
}

// HasherRuntime returns the hasher contract's runtime code.
func HasherRuntime() ([]byte, error) {
	r := Modulus()
	a := newAssembler()
	// Checks: no value, at least three words, whole words.
	a.op(opCallValue)
	a.pushLabel("fail")
	a.op(opJumpI)
	a.op(opCalldataSize, opPush1, 0x60, opSwap1, opLt) // size < 96
	a.op(opCalldataSize, opPush1, 0x1f, opAnd)         // size % 32
	a.op(opOr)
	a.pushLabel("fail")
	a.op(opJumpI)
	// The leaf: compress(w0, w1).
	a.pushLabel("leaf")
	a.push1(0x20)
	a.loadReduced(r) // w1 ret
	a.push32(r)
	a.op(dup(2)) // w1 r w1 ret
	a.op(opPush0)
	a.loadReduced(r) // w0 w1 r w1 ret
	a.pushLabel("compress")
	a.op(opJump)
	a.label("leaf") // h
	a.push1(0x40)
	a.op(opCalldataLoad, opSwap1) // h bits
	a.push1(0x60)
	a.op(opSwap1) // h off bits
	a.label("loop")
	a.op(opCalldataSize, dup(3), opLt, opIsZero) // off >= size
	a.pushLabel("done")
	a.op(opJumpI)
	a.pushLabel("next")
	a.op(opSwap1) // h ret off bits
	a.op(dup(3))
	a.loadReduced(r) // s h ret off bits
	a.op(dup(5), opPush1, 1, opAnd)
	a.pushLabel("right")
	a.op(opJumpI)
	// bit 0: compress(h, s).
	a.op(opSwap1, dup(2)) // s h s ret
	a.push32(r)
	a.op(swap(2)) // h s r s ret
	a.pushLabel("compress")
	a.op(opJump)
	a.label("right") // s h ret: compress(s, h)
	a.op(dup(2))
	a.push32(r)
	a.op(swap(2)) // s h r h ret
	a.pushLabel("compress")
	a.op(opJump)
	a.label("next") // h off bits
	a.op(swap(2), opPush1, 1, opShr, swap(2))
	a.op(opSwap1, opPush1, 0x20, opAdd, opSwap1) // h off+32 bits>>1
	a.pushLabel("loop")
	a.op(opJump)
	a.label("done")
	a.op(opPush0, opMStore, opPush1, 0x20, opPush0, opReturn)
	a.label("fail")
	a.op(opPush0, opPush0, opRevert)
	a.compress()
	return a.assemble()
}

// HasherCreationCode returns code that deploys HasherRuntime.
func HasherCreationCode() ([]byte, error) {
	runtime, err := HasherRuntime()
	if err != nil {
		return nil, err
	}
	return creationCode(runtime), nil
}

// creationCode prefixes runtime with the 12 bytes that copy it to memory and return it.
func creationCode(runtime []byte) []byte {
	n := len(runtime)
	prefix := []byte{
		opPush2, byte(n >> 8), byte(n), // n
		opDup1,      // n n
		opPush1, 12, // offset (this prefix's length) n n
		opPush0,        // 0 offset n n
		opCodeCopy,     // n
		opPush0,        // 0 n
		opReturn,       // return(0, n)
		opStop, opStop, // padding to 12 bytes
	}
	return append(prefix, runtime...)
}

// HasherSolidity renders contracts/src/libraries/Poseidon2Hasher.sol, which carries the creation code.
func HasherSolidity() ([]byte, error) {
	runtime, err := HasherRuntime()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = hasherTemplate.Execute(&buf, map[string]any{"Code": fmt.Sprintf("%x", creationCode(runtime)),
		"Size": len(runtime), "CodeHash": fmt.Sprintf("0x%x", crypto.Keccak256(runtime))})
	if err != nil {
		return nil, fmt.Errorf("poseidon: rendering the hasher library: %w", err)
	}
	return buf.Bytes(), nil
}

var hasherTemplate = template.Must(template.New("Poseidon2Hasher.sol").Parse(`// SPDX-License-Identifier: Apache-2.0
// Code generated by internal/proof/poseidon (UPDATE_VECTORS=1 go test ./internal/proof/poseidon); DO NOT EDIT.
pragma solidity 0.8.30;

/// @title Poseidon2Hasher
/// @notice Deploys the payout-tree hasher: a {{.Size}}-byte contract, written in EVM code by
/// internal/proof/poseidon (hasher.go, where every round is spelled out), that computes Poseidon2.compress
/// over a leaf and a Merkle path in one call, for about two thirds of the Solidity library's gas.
/// @dev Calling convention (no selector): calldata w0 ‖ w1 ‖ bits ‖ s_0 ‖ … ‖ s_{k-1}, 32-byte words. It
/// returns h_k where h_0 = compress(w0, w1) and h_{i+1} = compress(h_i, s_i) if bit i of bits is 0,
/// else compress(s_i, h_i); every input is taken mod r. Fewer than three words, a partial word or a
/// call with value revert with empty data. The Go tests run this code against gnark-crypto and the
/// Foundry tests against Poseidon2.sol.
library Poseidon2Hasher {
    /// @notice The hasher could not be deployed, or deployed other code than RUNTIME_CODEHASH names.
    error HasherDeploymentFailed();

    /// @notice keccak256 of the hasher's runtime code: anyone can compare a deployment's EXTCODEHASH with it.
    bytes32 internal constant RUNTIME_CODEHASH = {{.CodeHash}};

    /// @notice The hasher's creation code.
    bytes internal constant CREATION_CODE =
        hex"{{.Code}}";

    /// @notice Deploys a hasher and returns its address.
    function deploy() internal returns (address hasher) {
        bytes memory code = CREATION_CODE;
        assembly ("memory-safe") {
            hasher := create(0, add(code, 0x20), mload(code))
        }
        if (hasher == address(0) || hasher.codehash != RUNTIME_CODEHASH) revert HasherDeploymentFailed();
    }
}
`))
