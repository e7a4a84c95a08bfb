"""Local LLM chat: the engine protocol, llama.cpp and MLC LLM engines, context fitting, history."""
