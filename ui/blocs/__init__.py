"""The "Khối thi đua" screen: emulation blocs, their members, leadership and criteria tables."""
