"""Channels (渠道): where customers come from, what each costs per period, the channel codes on
their posters, and the figures per channel (adds, cost per add, private orders and revenue)."""
