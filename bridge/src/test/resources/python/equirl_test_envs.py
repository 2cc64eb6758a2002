"""Small Gymnasium envs that misbehave on purpose, for the bridge's fault tests.

Made through Gymnasium's "module:Id" form, e.g. gymnasium.make("equirl_test_envs:EquiRLFaulty-v0").
"""
import os
import sys
import time

import gymnasium as gym
import numpy as np
from gymnasium import spaces


class FaultyEnv(gym.Env):
    """Actions (Discrete(4, start=10)): 10 steps, 11 raises, 12 kills the process, 13 hangs.

    Observations are a 2x3 float64 box; the episode is truncated after 3 steps.
    """

    def __init__(self):
        self.observation_space = spaces.Box(-1.0, 1.0, (2, 3), np.float64)
        self.action_space = spaces.Discrete(4, start=10)
        self._t = 0

    def reset(self, seed=None, options=None):
        super().reset(seed=seed)
        self._t = 0
        return self.np_random.uniform(-1.0, 1.0, (2, 3)), {}

    def step(self, action):
        if action == 11:
            raise ValueError("the faulty env refuses action 11")
        if action == 12:
            sys.stderr.write("faulty env: dying on purpose\n")
            sys.stderr.flush()
            os._exit(7)
        if action == 13:
            time.sleep(600)
        self._t += 1
        obs = np.full((2, 3), self._t / 10.0)
        return obs, 1.5, False, self._t >= 3, {}


class KwargsEnv(gym.Env):
    """Reports the types of its keyword arguments in its first observation."""

    def __init__(self, i=0, f=0.0, b=False, s="", n="unset"):
        self.observation_space = spaces.Box(-np.inf, np.inf, (7,), np.float32)
        self.action_space = spaces.Discrete(2)
        self._obs = np.array([
            float(i), float(f), float(b),
            isinstance(i, int) and not isinstance(i, bool),
            isinstance(f, float), isinstance(b, bool),
            s == "it's" and n is None,
        ], dtype=np.float32)

    def reset(self, seed=None, options=None):
        super().reset(seed=seed)
        return self._obs, {}

    def step(self, action):
        return self._obs, 0.0, True, False, {}


gym.register(id="EquiRLFaulty-v0", entry_point=FaultyEnv)
gym.register(id="EquiRLKwargs-v0", entry_point=KwargsEnv)
