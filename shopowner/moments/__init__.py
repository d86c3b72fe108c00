"""朋友圈: the Moments planner (posts planned per day and WeChat account, marked posted by hand, the
replies, opinions and orders they brought), the WeChat accounts' friend counts against WeChat's
5,000 limit, and new-product opinions (新品意见). See :mod:`.planner`, :mod:`.accounts`,
:mod:`.opinions`."""
