package msg

// Glue of package problem, which turns errors into sentences at the edge.
const (
	// ProblemSentences puts a second sentence after a first (Paystack's
	// refusal, then its suggestion).
	ProblemSentences ID = "problem.sentences"
)
