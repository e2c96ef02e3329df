"abc".translate({97: 1.5})
