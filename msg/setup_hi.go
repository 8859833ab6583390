package msg

func init() {
	Register(Hindi, map[ID]string{
		SetupPlanTwice: "दो प्लान का नाम %q है। हर प्लान को अपना अलग नाम दें, ताकि जाँच और systeme.io उन्हें अलग-अलग पहचान सकें।",
	})
}
