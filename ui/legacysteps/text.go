package legacysteps

import "paystack-setup/ui/render"

// The legacy steps wrap text with the renderers' helpers.
var (
	para = render.Para
	hang = render.Hang
	item = render.Item
)
