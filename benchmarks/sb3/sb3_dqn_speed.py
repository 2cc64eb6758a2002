"""Stable-Baselines3's DQN on the same presets as `equirl train`, timed on this machine.

The reference for the trainer's steps-per-second targets, so both sides can be measured side by
side on one (shared, noisy) machine. Needs a Python with stable-baselines3, torch and gymnasium:

    python3 benchmarks/sb3/sb3_dqn_speed.py cartpole paper 0

Prints one JSON line: env, preset, seed, steps, wall seconds of learn(), steps per second.
The hyperparameters repeat training/src/main/resources/io/equirl/training/presets/*.yml;
SB3's defaults cover what a preset leaves out, as in our `paper` presets.
"""
import json
import sys
import time

import gymnasium as gym
import torch
from stable_baselines3 import DQN

ENV_IDS = {"cartpole": "CartPole-v1", "acrobot": "Acrobot-v1"}
PRESETS = {
    ("cartpole", "paper"): dict(total=100_000, kw=dict(learning_rate=1e-4), net=[64, 64]),
    ("acrobot", "paper"): dict(total=70_000, kw=dict(learning_rate=1e-4), net=[64, 64]),
    ("cartpole", "zoo"): dict(total=50_000, net=[256, 256], kw=dict(
        learning_rate=2.3e-3, batch_size=64, buffer_size=100_000, learning_starts=1000,
        gamma=0.99, target_update_interval=10, train_freq=256, gradient_steps=128,
        exploration_fraction=0.16, exploration_final_eps=0.04)),
    ("acrobot", "zoo"): dict(total=100_000, net=[256, 256], kw=dict(
        learning_rate=6.3e-4, batch_size=128, buffer_size=50_000, learning_starts=0,
        gamma=0.99, target_update_interval=250, train_freq=4, gradient_steps=-1,
        exploration_fraction=0.12, exploration_final_eps=0.1)),
}


def main(argv):
    if len(argv) != 3 or (argv[0], argv[1]) not in PRESETS:
        sys.exit("usage: sb3_dqn_speed.py {cartpole,acrobot} {paper,zoo} SEED")
    env_name, preset, seed = argv[0], argv[1], int(argv[2])
    torch.set_num_threads(1)  # one intra-op thread, as the targets are stated
    p = PRESETS[(env_name, preset)]
    model = DQN("MlpPolicy", gym.make(ENV_IDS[env_name]), seed=seed, device="cpu",
                policy_kwargs=dict(net_arch=p["net"]), **p["kw"])
    start = time.perf_counter()
    model.learn(total_timesteps=p["total"])
    wall = time.perf_counter() - start
    print(json.dumps(dict(env=env_name, preset=preset, seed=seed, steps=p["total"],
                          wall_s=round(wall, 2), sps=round(p["total"] / wall, 1),
                          torch=torch.__version__)))


if __name__ == "__main__":
    main(sys.argv[1:])
