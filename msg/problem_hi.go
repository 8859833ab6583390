package msg

func init() {
	Register(Hindi, map[ID]string{
		ProblemSentences: "%s %s",
	})
}
