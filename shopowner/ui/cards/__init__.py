"""The 感谢信与包裹卡 area: write the letter, preview the real card, print, reprint."""
