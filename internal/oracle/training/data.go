package training

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/dataset"
	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/intake"
	"github.com/open-attribution/poa/internal/oracle/onchain"
)

// Data is the samples of a datanet's first k accepted contributions.
type Data struct {
	Leaves []attribution.Leaf
	X      []float64 // samples × 64, row-major
	Y      []int
	Group  []int // accepted index of each sample
}

// LoadData reads the first count accepted contributions of a tabular datanet from the chain and
// their content from the store. Every contribution's content must have been uploaded.
func LoadData(ctx context.Context, suite *onchain.Suite, content *contentstore.Store, datanetID, count uint64) (*Data, error) {
	dn, err := suite.Datanet(ctx, datanetID)
	if err != nil {
		return nil, err
	}
	if dn.Owner == (common.Address{}) {
		return nil, fmt.Errorf("datanet %d does not exist", datanetID)
	}
	if intake.Kind(dn.Kind) != intake.Tabular {
		return nil, fmt.Errorf("datanet %d holds %s data; the reference model trains on tabular datanets only", datanetID, intake.Kind(dn.Kind))
	}
	if count == 0 {
		count = dn.AcceptedCount
	}
	if count == 0 || count > dn.AcceptedCount {
		return nil, fmt.Errorf("datanet %d has %d accepted contributions; cannot train on %d", datanetID, dn.AcceptedCount, count)
	}
	d := &Data{}
	for k := uint64(0); k < count; k++ {
		id, err := suite.AcceptedContribution(ctx, datanetID, k)
		if err != nil {
			return nil, err
		}
		c, err := suite.Contribution(ctx, id)
		if err != nil {
			return nil, err
		}
		b, err := content.ReadAll(contentstore.Hash(c.ContentHash))
		if err != nil {
			return nil, fmt.Errorf("accepted contribution %d (index %d): content %x not uploaded: %w", id, k, c.ContentHash, err)
		}
		if err := d.add(attribution.Leaf{Index: k, ContributionID: id, Contributor: c.Contributor}, b); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (d *Data) add(leaf attribution.Leaf, content []byte) error {
	x, y, err := intake.ParseTabular(content)
	if err != nil {
		return fmt.Errorf("contribution %d: %w", leaf.ContributionID, err)
	}
	d.Leaves = append(d.Leaves, leaf)
	d.X = append(d.X, x...)
	d.Y = append(d.Y, y...)
	for range y {
		d.Group = append(d.Group, int(leaf.Index))
	}
	return nil
}

// Split holds out about a fraction of each contribution's samples for evaluation (seeded), always
// keeping at least one training sample per contribution. It returns the training set with its
// group ids and the held-out set (nil when nothing was held out).
func (d *Data) Split(heldOut float64, seed uint64) (train *dataset.Dataset, group []int, eval *dataset.Dataset) {
	rng := dataset.NewRNG(seed ^ 0x686f6c64)
	byGroup := map[int][]int{}
	for i, g := range d.Group {
		byGroup[g] = append(byGroup[g], i)
	}
	hold := make([]bool, len(d.Y))
	for g := 0; g < len(d.Leaves); g++ {
		idx := byGroup[g]
		kept := 0
		for _, i := range idx {
			if rng.Float64() < heldOut {
				hold[i] = true
			} else {
				kept++
			}
		}
		if kept == 0 {
			hold[idx[0]] = false
		}
	}
	full := &dataset.Dataset{Name: "datanet", N: len(d.Y), Features: intake.TabularFeatures, Classes: intake.TabularClasses, X: d.X, Y: d.Y}
	var ti, ei []int
	for i := range d.Y {
		if hold[i] {
			ei = append(ei, i)
		} else {
			ti = append(ti, i)
			group = append(group, d.Group[i])
		}
	}
	train = full.Subset("train", ti)
	if len(ei) > 0 {
		eval = full.Subset("held-out", ei)
	}
	return train, group, eval
}
