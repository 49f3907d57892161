package indexer

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/feedbackregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/opengovernor"
	"github.com/open-attribution/poa/bindings/opentoken"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/bindings/settlementguard"
	"github.com/open-attribution/poa/bindings/timelockcontroller"
	"github.com/open-attribution/poa/bindings/validatorstaking"
	"github.com/open-attribution/poa/internal/deploy"
)

// Contract names as stored in events.contract.
const (
	contractToken    = "OpenToken"
	contractDatanets = "DatanetRegistry"
	contractModels   = "ModelRegistry"
	contractVault    = "RewardVault"
	contractGovernor = "OpenGovernor"
	contractTimelock = "TimelockController"
	contractStaking  = "ValidatorStaking"
	contractGuard    = "SettlementGuard"
	contractFeedback = "FeedbackRegistry"
)

// decodedLog is a log of the suite, decoded once (in the fetch workers, in parallel) for both the
// raw events table and the typed handlers.
type decodedLog struct {
	log      types.Log
	contract string
	name     string
	args     string // JSON
	typed    any    // the binding's event struct, nil for events only kept raw
}

type eventSpec struct {
	contract string
	event    abi.Event
	unpack   func(*types.Log) (any, error) // nil: raw only (or generic)
	generic  bool                          // handled from the decoded argument map (see lifecycle.go)
}

// genericEvent is an event handled from its decoded arguments rather than a binding struct: the
// settlement-lifecycle, penalty and staking events of contract versions newer than some bindings.
// They are recognised by name whenever the bindings' ABI has them.
type genericEvent struct {
	name string
	args map[string]any
}

// decoder knows every event of the four contracts at their deployed addresses.
type decoder struct {
	specs     map[common.Address]map[common.Hash]eventSpec
	addresses []common.Address
	vaultABI  abi.ABI
	// finalOnSettle is true for the first vault version, whose ABI has no BatchFinalized.
	finalOnSettle bool
}

func typed[E any](f func(*types.Log) (*E, error)) func(*types.Log) (any, error) {
	return func(l *types.Log) (any, error) { return f(l) }
}

// newDecoder knows the four core contracts (required) and the governance contracts whose addresses
// are set (a deployment without governance has none of them).
func newDecoder(a deploy.Addresses, g deploy.GovernanceAddresses) (*decoder, error) {
	tok, dn, md, vlt := opentoken.NewOpenToken(), datanetregistry.NewDatanetRegistry(),
		modelregistry.NewModelRegistry(), rewardvault.NewRewardVault()
	handlers := map[string]map[string]func(*types.Log) (any, error){
		contractToken: {},
		contractDatanets: {
			"DatanetCreated":         typed(dn.UnpackDatanetCreatedEvent),
			"DatanetMetadataUpdated": typed(dn.UnpackDatanetMetadataUpdatedEvent),
			"DatanetOwnerChanged":    typed(dn.UnpackDatanetOwnerChangedEvent),
			"QuotaUpdated":           typed(dn.UnpackQuotaUpdatedEvent),
			"ValidatorAdded":         typed(dn.UnpackValidatorAddedEvent),
			"ValidatorRemoved":       typed(dn.UnpackValidatorRemovedEvent),
			"QuorumUpdated":          typed(dn.UnpackQuorumUpdatedEvent),
			"ContributionSubmitted":  typed(dn.UnpackContributionSubmittedEvent),
			"ContributionVoted":      typed(dn.UnpackContributionVotedEvent),
			"ContributionFinalized":  typed(dn.UnpackContributionFinalizedEvent),
			"BondSettled":            typed(dn.UnpackBondSettledEvent),
			"ReputationUpdated":      typed(dn.UnpackReputationUpdatedEvent),
		},
		contractModels: {
			"OracleUpdated":       typed(md.UnpackOracleUpdatedEvent),
			"ModelRegistered":     typed(md.UnpackModelRegisteredEvent),
			"InferenceFeeUpdated": typed(md.UnpackInferenceFeeUpdatedEvent),
			"ModelActiveUpdated":  typed(md.UnpackModelActiveUpdatedEvent),
			"ModelOwnerChanged":   typed(md.UnpackModelOwnerChangedEvent),
			"InferenceRequested":  typed(md.UnpackInferenceRequestedEvent),
		},
		contractVault: {
			"Settled":                     typed(vlt.UnpackSettledEvent),
			"SettlementSplit":             typed(vlt.UnpackSettlementSplitEvent),
			"PayoutLeafClaimed":           typed(vlt.UnpackPayoutLeafClaimedEvent),
			"Claimed":                     typed(vlt.UnpackClaimedEvent),
			"ValidatorRewardsDistributed": typed(vlt.UnpackValidatorRewardsDistributedEvent),
			"Credited":                    typed(vlt.UnpackCreditedEvent),
			"Withdrawn":                   typed(vlt.UnpackWithdrawnEvent),
			"FeeSplitUpdated":             typed(vlt.UnpackFeeSplitUpdatedEvent),
		},
	}
	gov, tl, stk, grd, fb := opengovernor.NewOpenGovernor(), timelockcontroller.NewTimelockController(),
		validatorstaking.NewValidatorStaking(), settlementguard.NewSettlementGuard(), feedbackregistry.NewFeedbackRegistry()
	handlers[contractGovernor] = map[string]func(*types.Log) (any, error){
		"ProposalCreated":    typed(gov.UnpackProposalCreatedEvent),
		"ProposalQueued":     typed(gov.UnpackProposalQueuedEvent),
		"ProposalExecuted":   typed(gov.UnpackProposalExecutedEvent),
		"ProposalCanceled":   typed(gov.UnpackProposalCanceledEvent),
		"VoteCast":           typed(gov.UnpackVoteCastEvent),
		"VoteCastWithParams": typed(gov.UnpackVoteCastWithParamsEvent),
	}
	// The timelock's own events (CallScheduled, CallExecuted, role changes) are kept raw only: for
	// proposals they repeat what the governor's ProposalQueued/ProposalExecuted say.
	handlers[contractTimelock] = map[string]func(*types.Log) (any, error){}
	handlers[contractStaking] = map[string]func(*types.Log) (any, error){
		"Staked":             typed(stk.UnpackStakedEvent),
		"UnbondingRequested": typed(stk.UnpackUnbondingRequestedEvent),
		"Withdrawn":          typed(stk.UnpackWithdrawnEvent),
		"Slashed":            typed(stk.UnpackSlashedEvent),
	}
	handlers[contractGuard] = map[string]func(*types.Log) (any, error){
		"BatchQueued":     typed(grd.UnpackBatchQueuedEvent),
		"BatchVoided":     typed(grd.UnpackBatchVoidedEvent),
		"BatchReleased":   typed(grd.UnpackBatchReleasedEvent),
		"DisputeOpened":   typed(grd.UnpackDisputeOpenedEvent),
		"DisputeResolved": typed(grd.UnpackDisputeResolvedEvent),
	}
	handlers[contractFeedback] = map[string]func(*types.Log) (any, error){
		"FeedbackSubmitted": typed(fb.UnpackFeedbackSubmittedEvent),
	}
	contracts := []struct {
		name string
		addr common.Address
		abi  abi.ABI
	}{
		{contractToken, a.OpenToken, tok.GetABI()},
		{contractDatanets, a.DatanetRegistry, dn.GetABI()},
		{contractModels, a.ModelRegistry, md.GetABI()},
		{contractVault, a.RewardVault, vlt.GetABI()},
	}
	for _, c := range []struct {
		name string
		addr common.Address
		abi  abi.ABI
	}{
		{contractGovernor, g.Governor, gov.GetABI()}, {contractTimelock, g.Timelock, tl.GetABI()},
		{contractStaking, g.ValidatorStaking, stk.GetABI()}, {contractGuard, g.SettlementGuard, grd.GetABI()},
		{contractFeedback, g.FeedbackRegistry, fb.GetABI()},
	} {
		if c.addr != (common.Address{}) {
			contracts = append(contracts, c)
		}
	}
	d := &decoder{specs: map[common.Address]map[common.Hash]eventSpec{}, vaultABI: vlt.GetABI()}
	_, hasFinalized := d.vaultABI.Events["BatchFinalized"]
	d.finalOnSettle = !hasFinalized
	for _, c := range contracts {
		if c.addr == (common.Address{}) {
			return nil, fmt.Errorf("indexer: no address for %s", c.name)
		}
		if _, dup := d.specs[c.addr]; dup {
			return nil, fmt.Errorf("indexer: %s shares address %s with another contract", c.name, c.addr)
		}
		byTopic := map[common.Hash]eventSpec{}
		for name, ev := range c.abi.Events {
			byTopic[ev.ID] = eventSpec{contract: c.name, event: ev, unpack: handlers[c.name][name],
				generic: isGeneric(c.name + "." + name)}
		}
		for name := range handlers[c.name] {
			if _, ok := c.abi.Events[name]; !ok {
				return nil, fmt.Errorf("indexer: %s binding has no event %s", c.name, name)
			}
		}
		d.specs[c.addr] = byTopic
		d.addresses = append(d.addresses, c.addr)
	}
	return d, nil
}

// decode turns a log into a decodedLog; ok is false for logs of other contracts or unknown events
// (a contract upgrade the indexer does not know yet: skipped, not fatal).
func (d *decoder) decode(l types.Log) (decodedLog, bool, error) {
	byTopic, ok := d.specs[l.Address]
	if !ok || len(l.Topics) == 0 {
		return decodedLog{}, false, nil
	}
	spec, ok := byTopic[l.Topics[0]]
	if !ok {
		return decodedLog{}, false, nil
	}
	m, err := argsMap(spec.event, &l)
	if err != nil {
		return decodedLog{}, false, fmt.Errorf("indexer: decoding %s.%s in tx %s log %d: %w", spec.contract, spec.event.Name, l.TxHash, l.Index, err)
	}
	args, err := argsJSON(m)
	if err != nil {
		return decodedLog{}, false, fmt.Errorf("indexer: encoding %s.%s in tx %s log %d: %w", spec.contract, spec.event.Name, l.TxHash, l.Index, err)
	}
	out := decodedLog{log: l, contract: spec.contract, name: spec.event.Name, args: args}
	if spec.generic {
		out.typed = &genericEvent{name: spec.event.Name, args: m}
	}
	if spec.unpack != nil {
		lc := l
		if out.typed, err = spec.unpack(&lc); err != nil {
			return decodedLog{}, false, fmt.Errorf("indexer: decoding %s.%s in tx %s log %d: %w", spec.contract, spec.event.Name, l.TxHash, l.Index, err)
		}
	}
	return out, true, nil
}

// settleProof extracts the proof from a direct RewardVault.settle call; ok is false for anything
// else (a call through a multisig or another contract).
func (d *decoder) settleProof(to *common.Address, vault common.Address, input []byte) ([]byte, bool) {
	m, ok := d.vaultABI.Methods["settle"]
	if !ok || to == nil || *to != vault || len(input) < 4 || string(input[:4]) != string(m.ID) {
		return nil, false
	}
	vals, err := m.Inputs.Unpack(input[4:])
	if err != nil || len(vals) != 2 {
		return nil, false
	}
	proof, ok := vals[1].([]byte)
	return proof, ok
}

// argsMap decodes an event's arguments, indexed and not, by name.
func argsMap(ev abi.Event, l *types.Log) (map[string]any, error) {
	m := map[string]any{}
	if len(l.Data) > 0 {
		if err := ev.Inputs.NonIndexed().UnpackIntoMap(m, l.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if len(l.Topics) != len(indexed)+1 {
		return nil, fmt.Errorf("%d topics for %d indexed arguments", len(l.Topics)-1, len(indexed))
	}
	if err := abi.ParseTopicsIntoMap(m, indexed, l.Topics[1:]); err != nil {
		return nil, err
	}
	return m, nil
}

// argsJSON renders decoded arguments as a JSON object: integers wider than 53 bits as decimal
// strings, addresses lowercase, bytes as 0x-hex, tuples as objects.
func argsJSON(m map[string]any) (string, error) {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = jsonValue(reflect.ValueOf(v))
	}
	b, err := json.Marshal(out)
	return string(b), err
}

var (
	bigIntType  = reflect.TypeOf((*big.Int)(nil))
	addressType = reflect.TypeOf(common.Address{})
	hashType    = reflect.TypeOf(common.Hash{})
)

func jsonValue(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	switch v.Type() {
	case bigIntType:
		if v.IsNil() {
			return "0"
		}
		return v.Interface().(*big.Int).String()
	case addressType:
		return lowerAddr(v.Interface().(common.Address))
	case hashType:
		return lowerHash(v.Interface().(common.Hash))
	}
	switch v.Kind() {
	case reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return hexutil.Encode(b)
		}
		fallthrough
	case reflect.Slice:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return hexutil.Encode(v.Bytes())
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = jsonValue(v.Index(i))
		}
		return out
	case reflect.Struct:
		out := map[string]any{}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			name := strings.Split(f.Tag.Get("json"), ",")[0]
			if name == "" {
				name = lowerFirst(f.Name)
			}
			out[name] = jsonValue(v.Field(i))
		}
		return out
	case reflect.Uint64:
		if v.Uint() > 1<<53 {
			return fmt.Sprint(v.Uint())
		}
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return jsonValue(v.Elem())
	}
	return v.Interface()
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

func lowerAddr(a common.Address) string { return strings.ToLower(a.Hex()) }

func lowerHash(h common.Hash) string { return h.Hex() } // Hash.Hex is already lowercase

func hexBytes32(b [32]byte) string { return hexutil.Encode(b[:]) }
