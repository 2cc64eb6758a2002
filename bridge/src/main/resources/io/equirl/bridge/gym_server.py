"""EquiRL's Gymnasium server: one Gymnasium env served to a Java process over Py4J.

Shipped inside the equirl-bridge jar and started by io.equirl.bridge.GymnasiumEnv; not meant to be
run by hand. Protocol, in order:

1. Java writes the Py4J auth token as the first line of our stdin, then keeps stdin open.
2. We import gymnasium, numpy and py4j; if one is missing we print "EQUIRL-MISSING <names>" on
   stderr and exit with status 3.
3. We listen on 127.0.0.1, port 0 (an ephemeral port), and print "EQUIRL-PORT <port>" on stdout.
   From then on our stdout goes to stderr, so that nothing an env prints can confuse Java.
4. Java calls the methods of GymServer (the Py4J entry point). Observations travel as
   little-endian float32 bytes, so one step is one round trip and one base64 string.
5. When stdin reaches end of file (Java closed it, or the JVM died) we exit at once: the process
   never outlives its parent.
"""
import json
import logging
import os
import struct
import sys
import threading

MISSING_EXIT_STATUS = 3
# After the observation, a step's answer holds the reward (float64), terminated and truncated.
_TAIL = struct.Struct("<d??")


def _import_or_exit():
    missing = []
    for name in ("gymnasium", "numpy", "py4j"):
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if missing:
        sys.stderr.write("EQUIRL-MISSING " + " ".join(missing) + "\n")
        sys.stderr.flush()
        sys.exit(MISSING_EXIT_STATUS)


class UnsupportedSpaceError(ValueError):
    """A space the bridge cannot carry (only Box and Discrete observations, Discrete actions)."""


class GymServer(object):
    """The Py4J entry point: one env, driven by one Java thread."""

    def __init__(self, np, gym):
        self._np = np
        self._gym = gym
        self._env = None
        self._obs_kind = None
        self._obs_size = 0
        self._obs_start = 0
        self._action_start = 0

    def make(self, env_id, kwargs_json):
        """Makes the env; returns 'box <shape,...> <n_actions>' or 'discrete <n> <n_actions>'."""
        kwargs = json.loads(kwargs_json)
        env = self._gym.make(env_id, **kwargs)
        try:
            description = self._describe(env_id, env)
        except Exception:
            env.close()
            raise
        self._env = env
        return description

    def _describe(self, env_id, env):
        spaces = self._gym.spaces
        obs, act = env.observation_space, env.action_space
        if not isinstance(act, spaces.Discrete):
            raise UnsupportedSpaceError(
                "env %s has action space %s; the bridge supports Discrete actions only"
                % (env_id, act))
        self._action_start = int(act.start)
        if isinstance(obs, spaces.Box):
            self._obs_kind = "box"
            self._obs_size = int(self._np.prod(obs.shape, dtype=self._np.int64))
            shape = ",".join(str(int(d)) for d in obs.shape) or "1"
            return "box %s %d" % (shape, int(act.n))
        if isinstance(obs, spaces.Discrete):
            # One-hot, as gymnasium.spaces.flatten does.
            self._obs_kind = "discrete"
            self._obs_size = int(obs.n)
            self._obs_start = int(obs.start)
            return "discrete %d %d" % (int(obs.n), int(act.n))
        raise UnsupportedSpaceError(
            "env %s has observation space %s; the bridge supports Box and Discrete observations"
            % (env_id, obs))

    def bounds(self):
        """Low then high bounds of the flattened observation, float32 little-endian."""
        np = self._np
        if self._obs_kind == "discrete":
            low = np.zeros(self._obs_size, dtype="<f4")
            high = np.ones(self._obs_size, dtype="<f4")
        else:
            space = self._env.observation_space
            low = np.asarray(space.low, dtype="<f4").ravel()
            high = np.asarray(space.high, dtype="<f4").ravel()
        return low.tobytes() + high.tobytes()

    def _obs_bytes(self, obs):
        np = self._np
        if self._obs_kind == "discrete":
            flat = np.zeros(self._obs_size, dtype="<f4")
            flat[int(obs) - self._obs_start] = 1.0
            return flat.tobytes()
        flat = np.asarray(obs, dtype="<f4")
        if flat.size != self._obs_size:
            raise ValueError("observation of %d values, expected %d" % (flat.size, self._obs_size))
        return flat.tobytes()

    def reset(self, seed):
        obs, _ = self._env.reset(seed=int(seed))
        return self._obs_bytes(obs)

    def resetUnseeded(self):
        obs, _ = self._env.reset()
        return self._obs_bytes(obs)

    def step(self, action):
        """Observation (float32), reward (float64), terminated and truncated (one byte each)."""
        obs, reward, terminated, truncated, _ = self._env.step(self._action_start + int(action))
        return self._obs_bytes(obs) + _TAIL.pack(float(reward), bool(terminated), bool(truncated))

    def unwrappedState(self):
        """env.unwrapped.state as float64 (classic-control envs keep one), for parity checks."""
        state = getattr(self._env.unwrapped, "state", None)
        if state is None:
            raise AttributeError("the env has no state before its first reset")
        return self._np.asarray(state, dtype="<f8").ravel().tobytes()

    def hasState(self):
        # Classic-control envs set the attribute in __init__ (to None until the first reset).
        return hasattr(self._env.unwrapped, "state")

    def setState(self, state, elapsed_steps):
        """Sets env.unwrapped.state (float64 bytes) and TimeLimit's step count; returns the obs.

        For classic-control envs, whose observation is a function of that state.
        """
        np = self._np
        env = self._env
        unwrapped = env.unwrapped
        unwrapped.state = np.frombuffer(state, dtype="<f8").copy()
        if hasattr(unwrapped, "steps_beyond_terminated"):
            unwrapped.steps_beyond_terminated = None  # CartPole's "stepped after the end" marker
        wrapper = env
        while hasattr(wrapper, "env"):
            if isinstance(wrapper, self._gym.wrappers.TimeLimit):
                wrapper._elapsed_steps = int(elapsed_steps)
            wrapper = wrapper.env
        if hasattr(unwrapped, "_get_ob"):
            obs = unwrapped._get_ob()
        elif hasattr(unwrapped, "_get_obs"):
            obs = unwrapped._get_obs()
        else:
            obs = unwrapped.state
        return self._obs_bytes(obs)

    def close(self):
        if self._env is not None:
            env, self._env = self._env, None
            env.close()


def main():
    token = sys.stdin.readline().strip()
    if not token:
        sys.stderr.write("gym_server: no auth token on stdin\n")
        sys.exit(2)
    _import_or_exit()
    import gymnasium
    import numpy
    from py4j.clientserver import ClientServer, JavaParameters, PythonParameters
    from py4j.java_gateway import server_started

    # Python errors reach Java as exceptions; py4j's own log lines would only repeat them.
    logging.getLogger("py4j").setLevel(logging.CRITICAL)

    # Py4J binds the port at once but listens only later, on its own thread: announce the port
    # after that, or Java's first connection could be refused.
    listening = threading.Event()
    server_started.connect(lambda sender, **kwargs: listening.set())
    server = GymServer(numpy, gymnasium)
    gateway = ClientServer(
        java_parameters=JavaParameters(auth_token=token, auto_convert=False),
        python_parameters=PythonParameters(
            address="127.0.0.1", port=0, auth_token=token,
            daemonize=True, daemonize_connections=True),
        python_server_entry_point=server)
    if not listening.wait(60):
        sys.stderr.write("gym_server: Py4J did not start listening\n")
        os._exit(4)
    port = gateway.get_callback_server().get_listening_port()
    sys.stdout.write("EQUIRL-PORT %d\n" % port)
    sys.stdout.flush()
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    # Blocks until Java closes our stdin or dies; then nothing may keep us alive.
    sys.stdin.read()
    try:
        server.close()
    finally:
        os._exit(0)


if __name__ == "__main__":
    main()
