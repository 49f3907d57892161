package influence

import (
	"fmt"
	"sort"
)

// AUC returns the ROC AUC of detecting the positives (label true) by ranking
// on score, larger score = more likely positive; tied scores count one half
// (the Mann–Whitney U statistic divided by #pos·#neg).
func AUC(score []float64, label []bool) (float64, error) {
	if len(score) != len(label) {
		return 0, fmt.Errorf("auc: %d scores, %d labels", len(score), len(label))
	}
	idx := make([]int, len(score))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] < score[idx[b]] })
	var pos, neg int
	for _, l := range label {
		if l {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return 0, fmt.Errorf("auc: need both classes (positives %d, negatives %d)", pos, neg)
	}
	// Sum of the (average) ranks of the positives.
	var rankSum float64
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && score[idx[j]] == score[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2 // ranks are 1-based: (i+1 + j)/2
		for k := i; k < j; k++ {
			if label[idx[k]] {
				rankSum += avg
			}
		}
		i = j
	}
	u := rankSum - float64(pos)*float64(pos+1)/2
	return u / (float64(pos) * float64(neg)), nil
}
