"""分层培训 and 职业发展通道: training plans per tenure stage, sessions and results, growth figures,
career ladders with published criteria, positions and promotions."""
