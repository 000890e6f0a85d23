#define rand	pan_rand
#define pthread_equal(a,b)	((a)==(b))
#if defined(HAS_CODE) && defined(VERBOSE)
	#ifdef BFS_PAR
		bfs_printf("Pr: %d Tr: %d\n", II, t->forw);
	#else
		cpu_printf("Pr: %d Tr: %d\n", II, t->forw);
	#endif
#endif
	switch (t->forw) {
	default: Uerror("bad forward move");
	case 0:	/* if without executable clauses */
		continue;
	case 1: /* generic 'goto' or 'skip' */
		IfNotBlocked
		_m = 3; goto P999;
	case 2: /* generic 'else' */
		IfNotBlocked
		if (trpt->o_pm&1) continue;
		_m = 3; goto P999;

		 /* CLAIM recovered */
	case 3: // STATE 1 - _spin_nvr.tmp:12 - [(!(((((qemu[((0*3)+0)]||qemu[((0*3)+1)])||qemu[((0*3)+2)])&&((qemu[((1*3)+0)]||qemu[((1*3)+1)])||qemu[((1*3)+2)]))&&(((!(up[0])||daemon[0])&&(!(up[1])||daemon[1]))&&(!(up[2])||daemon[2])))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[5][1] = 1;
		if (!( !(((((((int)now.qemu[ Index(((0*3)+0), 6) ])||((int)now.qemu[ Index(((0*3)+1), 6) ]))||((int)now.qemu[ Index(((0*3)+2), 6) ]))&&((((int)now.qemu[ Index(((1*3)+0), 6) ])||((int)now.qemu[ Index(((1*3)+1), 6) ]))||((int)now.qemu[ Index(((1*3)+2), 6) ])))&&((( !(((int)now.up[0]))||((int)now.daemon[0]))&&( !(((int)now.up[1]))||((int)now.daemon[1])))&&( !(((int)now.up[2]))||((int)now.daemon[2])))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 4: // STATE 13 - _spin_nvr.tmp:19 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported13 = 0;
			if (verbose && !reported13)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported13 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported13 = 0;
			if (verbose && !reported13)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported13 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[5][13] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM neverTwice */
	case 5: // STATE 1 - _spin_nvr.tmp:3 - [(!(!(((((qemu[((0*3)+0)]+qemu[((0*3)+1)])+qemu[((0*3)+2)])>1)||(((qemu[((1*3)+0)]+qemu[((1*3)+1)])+qemu[((1*3)+2)])>1)))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[4][1] = 1;
		if (!( !( !(((((((int)now.qemu[ Index(((0*3)+0), 6) ])+((int)now.qemu[ Index(((0*3)+1), 6) ]))+((int)now.qemu[ Index(((0*3)+2), 6) ]))>1)||(((((int)now.qemu[ Index(((1*3)+0), 6) ])+((int)now.qemu[ Index(((1*3)+1), 6) ]))+((int)now.qemu[ Index(((1*3)+2), 6) ]))>1))))))
			continue;
		/* merge: assert(!(!(!(((((qemu[((0*3)+0)]+qemu[((0*3)+1)])+qemu[((0*3)+2)])>1)||(((qemu[((1*3)+0)]+qemu[((1*3)+1)])+qemu[((1*3)+2)])>1))))))(0, 2, 6) */
		reached[4][2] = 1;
		spin_assert( !( !( !(((((((int)now.qemu[ Index(((0*3)+0), 6) ])+((int)now.qemu[ Index(((0*3)+1), 6) ]))+((int)now.qemu[ Index(((0*3)+2), 6) ]))>1)||(((((int)now.qemu[ Index(((1*3)+0), 6) ])+((int)now.qemu[ Index(((1*3)+1), 6) ]))+((int)now.qemu[ Index(((1*3)+2), 6) ]))>1))))), " !( !( !(((((qemu[((0*3)+0)]+qemu[((0*3)+1)])+qemu[((0*3)+2)])>1)||(((qemu[((1*3)+0)]+qemu[((1*3)+1)])+qemu[((1*3)+2)])>1)))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[4][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 6: // STATE 10 - _spin_nvr.tmp:8 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[4][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC :init: */
	case 7: // STATE 1 - kvmha.pml:282 - [k = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 8: // STATE 2 - kvmha.pml:282 - [((k<=(3-1)))] (11:0:6 - 1)
		IfNotBlocked
		reached[3][2] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		/* merge: up[k] = 1(11, 3, 11) */
		reached[3][3] = 1;
		(trpt+1)->bup.ovals = grab_ints(6);
		(trpt+1)->bup.ovals[0] = ((int)now.up[ Index(((int)k), 3) ]);
		now.up[ Index(k, 3) ] = 1;
#ifdef VAR_RANGES
		logval("up[k]", ((int)now.up[ Index(((int)k), 3) ]));
#endif
		;
		/* merge: libvirtd[k] = 1(11, 4, 11) */
		reached[3][4] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.libvirtd[ Index(((int)k), 3) ]);
		now.libvirtd[ Index(k, 3) ] = 1;
#ifdef VAR_RANGES
		logval("libvirtd[k]", ((int)now.libvirtd[ Index(((int)k), 3) ]));
#endif
		;
		/* merge: daemon[k] = 1(11, 5, 11) */
		reached[3][5] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.daemon[ Index(((int)k), 3) ]);
		now.daemon[ Index(k, 3) ] = 1;
#ifdef VAR_RANGES
		logval("daemon[k]", ((int)now.daemon[ Index(((int)k), 3) ]));
#endif
		;
		/* merge: member[k] = 1(11, 6, 11) */
		reached[3][6] = 1;
		(trpt+1)->bup.ovals[3] = ((int)now.member[ Index(((int)k), 3) ]);
		now.member[ Index(k, 3) ] = 1;
#ifdef VAR_RANGES
		logval("member[k]", ((int)now.member[ Index(((int)k), 3) ]));
#endif
		;
		/* merge: fenceReachable[k] = 1(11, 7, 11) */
		reached[3][7] = 1;
		(trpt+1)->bup.ovals[4] = ((int)now.fenceReachable[ Index(((int)k), 3) ]);
		now.fenceReachable[ Index(k, 3) ] = 1;
#ifdef VAR_RANGES
		logval("fenceReachable[k]", ((int)now.fenceReachable[ Index(((int)k), 3) ]));
#endif
		;
		/* merge: k = (k+1)(11, 8, 11) */
		reached[3][8] = 1;
		(trpt+1)->bup.ovals[5] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 12, 11) */
		reached[3][12] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 9: // STATE 14 - kvmha.pml:285 - [where[0] = 255] (0:41:2 - 3)
		IfNotBlocked
		reached[3][14] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.where[0]);
		now.where[0] = 255;
#ifdef VAR_RANGES
		logval("where[0]", ((int)now.where[0]));
#endif
		;
		/* merge: where[1] = 255(41, 15, 41) */
		reached[3][15] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.where[1]);
		now.where[1] = 255;
#ifdef VAR_RANGES
		logval("where[1]", ((int)now.where[1]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 10: // STATE 16 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][16] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 11: // STATE 17 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][17] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 12: // STATE 18 - kvmha.pml:73 - [c = 0] (0:30:2 - 1)
		IfNotBlocked
		reached[3][18] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(30, 19, 30) */
		reached[3][19] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 31, 30) */
		reached[3][31] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 13: // STATE 20 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][20] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 14: // STATE 21 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (30:0:2 - 1)
		IfNotBlocked
		reached[3][21] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(30, 22, 30) */
		reached[3][22] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(30, 26, 30) */
		reached[3][26] = 1;
		;
		/* merge: k = (k+1)(30, 27, 30) */
		reached[3][27] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 31, 30) */
		reached[3][31] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 15: // STATE 24 - kvmha.pml:74 - [(1)] (30:0:1 - 1)
		IfNotBlocked
		reached[3][24] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(30, 26, 30) */
		reached[3][26] = 1;
		;
		/* merge: k = (k+1)(30, 27, 30) */
		reached[3][27] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 31, 30) */
		reached[3][31] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 16: // STATE 27 - kvmha.pml:74 - [k = (k+1)] (0:30:1 - 3)
		IfNotBlocked
		reached[3][27] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 31, 30) */
		reached[3][31] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 17: // STATE 34 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:38:2 - 3)
		IfNotBlocked
		reached[3][34] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(38, 35, 38) */
		reached[3][35] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 39, 38) */
		reached[3][39] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 18: // STATE 42 - kvmha.pml:287 - [k = 0] (0:45:3 - 3)
		IfNotBlocked
		reached[3][42] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: c = 0(45, 43, 45) */
		reached[3][43] = 1;
		(trpt+1)->bup.ovals[1] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: m = 0(45, 44, 45) */
		reached[3][44] = 1;
		(trpt+1)->bup.ovals[2] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 19: // STATE 45 - kvmha.pml:288 - [(run Pacemaker())] (0:0:0 - 1)
		IfNotBlocked
		reached[3][45] = 1;
		if (!(addproc(II, 1, 0, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 20: // STATE 46 - kvmha.pml:289 - [(run Daemon(0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][46] = 1;
		if (!(addproc(II, 1, 1, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 21: // STATE 47 - kvmha.pml:289 - [(run Daemon(1))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][47] = 1;
		if (!(addproc(II, 1, 1, 1)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 22: // STATE 48 - kvmha.pml:289 - [(run Daemon(2))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][48] = 1;
		if (!(addproc(II, 1, 1, 2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 23: // STATE 49 - kvmha.pml:290 - [(run Faults())] (0:0:0 - 1)
		IfNotBlocked
		reached[3][49] = 1;
		if (!(addproc(II, 1, 2, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 24: // STATE 51 - kvmha.pml:292 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[3][51] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Faults */
	case 25: // STATE 1 - kvmha.pml:266 - [(((faults<2)&&qemu[((0*3)+0)]))] (9:0:3 - 1)
		IfNotBlocked
		reached[2][1] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.qemu[ Index(((0*3)+0), 6) ]))))
			continue;
		/* merge: faults = (faults+1)(9, 2, 9) */
		reached[2][2] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: qemu[((0*3)+0)] = 0(9, 3, 9) */
		reached[2][3] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.qemu[ Index(((0*3)+0), 6) ]);
		now.qemu[ Index(((0*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((0*3)+0)]", ((int)now.qemu[ Index(((0*3)+0), 6) ]));
#endif
		;
		/* merge: byCluster[((0*3)+0)] = 0(9, 4, 9) */
		reached[2][4] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.byCluster[ Index(((0*3)+0), 6) ]);
		now.byCluster[ Index(((0*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("byCluster[((0*3)+0)]", ((int)now.byCluster[ Index(((0*3)+0), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 26: // STATE 5 - kvmha.pml:266 - [(((libvirtd[0]&&daemon[0])&&nfull(events[0])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][5] = 1;
		if (!(((((int)now.libvirtd[0])&&((int)now.daemon[0]))&&(!q_full(now.events[0])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 27: // STATE 6 - kvmha.pml:266 - [events[0]!0,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][6] = 1;
		if (q_full(now.events[0]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[0]);
		sprintf(simtmp, "%d", 0); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[0], 0, 0, 7, 0, 2);
		/* merge: .(goto)(0, 10, 523) */
		reached[2][10] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 28: // STATE 7 - kvmha.pml:266 - [(((!(libvirtd[0])||!(daemon[0]))||full(events[0])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][7] = 1;
		if (!((( !(((int)now.libvirtd[0]))|| !(((int)now.daemon[0])))||q_full(now.events[0]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 29: // STATE 8 - kvmha.pml:266 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][8] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 10, 523) */
		reached[2][10] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 30: // STATE 12 - kvmha.pml:266 - [(((faults<2)&&qemu[((0*3)+1)]))] (20:0:3 - 1)
		IfNotBlocked
		reached[2][12] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.qemu[ Index(((0*3)+1), 6) ]))))
			continue;
		/* merge: faults = (faults+1)(20, 13, 20) */
		reached[2][13] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: qemu[((0*3)+1)] = 0(20, 14, 20) */
		reached[2][14] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.qemu[ Index(((0*3)+1), 6) ]);
		now.qemu[ Index(((0*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((0*3)+1)]", ((int)now.qemu[ Index(((0*3)+1), 6) ]));
#endif
		;
		/* merge: byCluster[((0*3)+1)] = 0(20, 15, 20) */
		reached[2][15] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.byCluster[ Index(((0*3)+1), 6) ]);
		now.byCluster[ Index(((0*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("byCluster[((0*3)+1)]", ((int)now.byCluster[ Index(((0*3)+1), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 31: // STATE 16 - kvmha.pml:266 - [(((libvirtd[1]&&daemon[1])&&nfull(events[1])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][16] = 1;
		if (!(((((int)now.libvirtd[1])&&((int)now.daemon[1]))&&(!q_full(now.events[1])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 32: // STATE 17 - kvmha.pml:266 - [events[1]!0,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][17] = 1;
		if (q_full(now.events[1]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[1]);
		sprintf(simtmp, "%d", 0); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[1], 0, 0, 7, 0, 2);
		/* merge: .(goto)(0, 21, 523) */
		reached[2][21] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 33: // STATE 18 - kvmha.pml:266 - [(((!(libvirtd[1])||!(daemon[1]))||full(events[1])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][18] = 1;
		if (!((( !(((int)now.libvirtd[1]))|| !(((int)now.daemon[1])))||q_full(now.events[1]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 34: // STATE 19 - kvmha.pml:266 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][19] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 21, 523) */
		reached[2][21] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 35: // STATE 23 - kvmha.pml:266 - [(((faults<2)&&qemu[((0*3)+2)]))] (31:0:3 - 1)
		IfNotBlocked
		reached[2][23] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.qemu[ Index(((0*3)+2), 6) ]))))
			continue;
		/* merge: faults = (faults+1)(31, 24, 31) */
		reached[2][24] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: qemu[((0*3)+2)] = 0(31, 25, 31) */
		reached[2][25] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.qemu[ Index(((0*3)+2), 6) ]);
		now.qemu[ Index(((0*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((0*3)+2)]", ((int)now.qemu[ Index(((0*3)+2), 6) ]));
#endif
		;
		/* merge: byCluster[((0*3)+2)] = 0(31, 26, 31) */
		reached[2][26] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.byCluster[ Index(((0*3)+2), 6) ]);
		now.byCluster[ Index(((0*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("byCluster[((0*3)+2)]", ((int)now.byCluster[ Index(((0*3)+2), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 36: // STATE 27 - kvmha.pml:266 - [(((libvirtd[2]&&daemon[2])&&nfull(events[2])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][27] = 1;
		if (!(((((int)now.libvirtd[2])&&((int)now.daemon[2]))&&(!q_full(now.events[2])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 37: // STATE 28 - kvmha.pml:266 - [events[2]!0,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][28] = 1;
		if (q_full(now.events[2]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[2]);
		sprintf(simtmp, "%d", 0); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[2], 0, 0, 7, 0, 2);
		/* merge: .(goto)(0, 32, 523) */
		reached[2][32] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 38: // STATE 29 - kvmha.pml:266 - [(((!(libvirtd[2])||!(daemon[2]))||full(events[2])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][29] = 1;
		if (!((( !(((int)now.libvirtd[2]))|| !(((int)now.daemon[2])))||q_full(now.events[2]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 39: // STATE 30 - kvmha.pml:266 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][30] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 32, 523) */
		reached[2][32] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 40: // STATE 34 - kvmha.pml:266 - [(((faults<2)&&qemu[((1*3)+0)]))] (42:0:3 - 1)
		IfNotBlocked
		reached[2][34] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.qemu[ Index(((1*3)+0), 6) ]))))
			continue;
		/* merge: faults = (faults+1)(42, 35, 42) */
		reached[2][35] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: qemu[((1*3)+0)] = 0(42, 36, 42) */
		reached[2][36] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.qemu[ Index(((1*3)+0), 6) ]);
		now.qemu[ Index(((1*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((1*3)+0)]", ((int)now.qemu[ Index(((1*3)+0), 6) ]));
#endif
		;
		/* merge: byCluster[((1*3)+0)] = 0(42, 37, 42) */
		reached[2][37] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.byCluster[ Index(((1*3)+0), 6) ]);
		now.byCluster[ Index(((1*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("byCluster[((1*3)+0)]", ((int)now.byCluster[ Index(((1*3)+0), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 41: // STATE 38 - kvmha.pml:266 - [(((libvirtd[0]&&daemon[0])&&nfull(events[0])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][38] = 1;
		if (!(((((int)now.libvirtd[0])&&((int)now.daemon[0]))&&(!q_full(now.events[0])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 42: // STATE 39 - kvmha.pml:266 - [events[0]!1,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][39] = 1;
		if (q_full(now.events[0]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[0]);
		sprintf(simtmp, "%d", 1); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[0], 0, 1, 7, 0, 2);
		/* merge: .(goto)(0, 43, 523) */
		reached[2][43] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 43: // STATE 40 - kvmha.pml:266 - [(((!(libvirtd[0])||!(daemon[0]))||full(events[0])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][40] = 1;
		if (!((( !(((int)now.libvirtd[0]))|| !(((int)now.daemon[0])))||q_full(now.events[0]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 44: // STATE 41 - kvmha.pml:266 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][41] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 43, 523) */
		reached[2][43] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 45: // STATE 45 - kvmha.pml:266 - [(((faults<2)&&qemu[((1*3)+1)]))] (53:0:3 - 1)
		IfNotBlocked
		reached[2][45] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.qemu[ Index(((1*3)+1), 6) ]))))
			continue;
		/* merge: faults = (faults+1)(53, 46, 53) */
		reached[2][46] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: qemu[((1*3)+1)] = 0(53, 47, 53) */
		reached[2][47] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.qemu[ Index(((1*3)+1), 6) ]);
		now.qemu[ Index(((1*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((1*3)+1)]", ((int)now.qemu[ Index(((1*3)+1), 6) ]));
#endif
		;
		/* merge: byCluster[((1*3)+1)] = 0(53, 48, 53) */
		reached[2][48] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.byCluster[ Index(((1*3)+1), 6) ]);
		now.byCluster[ Index(((1*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("byCluster[((1*3)+1)]", ((int)now.byCluster[ Index(((1*3)+1), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 46: // STATE 49 - kvmha.pml:266 - [(((libvirtd[1]&&daemon[1])&&nfull(events[1])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][49] = 1;
		if (!(((((int)now.libvirtd[1])&&((int)now.daemon[1]))&&(!q_full(now.events[1])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 47: // STATE 50 - kvmha.pml:266 - [events[1]!1,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][50] = 1;
		if (q_full(now.events[1]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[1]);
		sprintf(simtmp, "%d", 1); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[1], 0, 1, 7, 0, 2);
		/* merge: .(goto)(0, 54, 523) */
		reached[2][54] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 48: // STATE 51 - kvmha.pml:266 - [(((!(libvirtd[1])||!(daemon[1]))||full(events[1])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][51] = 1;
		if (!((( !(((int)now.libvirtd[1]))|| !(((int)now.daemon[1])))||q_full(now.events[1]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 49: // STATE 52 - kvmha.pml:266 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][52] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 54, 523) */
		reached[2][54] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 50: // STATE 56 - kvmha.pml:266 - [(((faults<2)&&qemu[((1*3)+2)]))] (64:0:3 - 1)
		IfNotBlocked
		reached[2][56] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.qemu[ Index(((1*3)+2), 6) ]))))
			continue;
		/* merge: faults = (faults+1)(64, 57, 64) */
		reached[2][57] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: qemu[((1*3)+2)] = 0(64, 58, 64) */
		reached[2][58] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.qemu[ Index(((1*3)+2), 6) ]);
		now.qemu[ Index(((1*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((1*3)+2)]", ((int)now.qemu[ Index(((1*3)+2), 6) ]));
#endif
		;
		/* merge: byCluster[((1*3)+2)] = 0(64, 59, 64) */
		reached[2][59] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.byCluster[ Index(((1*3)+2), 6) ]);
		now.byCluster[ Index(((1*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("byCluster[((1*3)+2)]", ((int)now.byCluster[ Index(((1*3)+2), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 51: // STATE 60 - kvmha.pml:266 - [(((libvirtd[2]&&daemon[2])&&nfull(events[2])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][60] = 1;
		if (!(((((int)now.libvirtd[2])&&((int)now.daemon[2]))&&(!q_full(now.events[2])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 52: // STATE 61 - kvmha.pml:266 - [events[2]!1,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][61] = 1;
		if (q_full(now.events[2]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[2]);
		sprintf(simtmp, "%d", 1); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[2], 0, 1, 7, 0, 2);
		/* merge: .(goto)(0, 65, 523) */
		reached[2][65] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 53: // STATE 62 - kvmha.pml:266 - [(((!(libvirtd[2])||!(daemon[2]))||full(events[2])))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][62] = 1;
		if (!((( !(((int)now.libvirtd[2]))|| !(((int)now.daemon[2])))||q_full(now.events[2]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 54: // STATE 63 - kvmha.pml:266 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][63] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 65, 523) */
		reached[2][65] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 55: // STATE 67 - kvmha.pml:267 - [((((faults<2)&&up[0])&&daemon[0]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][67] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[0]))&&((int)now.daemon[0]))))
			continue;
		/* merge: faults = (faults+1)(523, 68, 523) */
		reached[2][68] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: daemon[0] = 0(523, 69, 523) */
		reached[2][69] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[0]);
		now.daemon[0] = 0;
#ifdef VAR_RANGES
		logval("daemon[0]", ((int)now.daemon[0]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 56: // STATE 71 - kvmha.pml:267 - [((((faults<2)&&up[1])&&daemon[1]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][71] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[1]))&&((int)now.daemon[1]))))
			continue;
		/* merge: faults = (faults+1)(523, 72, 523) */
		reached[2][72] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: daemon[1] = 0(523, 73, 523) */
		reached[2][73] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[1]);
		now.daemon[1] = 0;
#ifdef VAR_RANGES
		logval("daemon[1]", ((int)now.daemon[1]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 57: // STATE 75 - kvmha.pml:267 - [((((faults<2)&&up[2])&&daemon[2]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][75] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[2]))&&((int)now.daemon[2]))))
			continue;
		/* merge: faults = (faults+1)(523, 76, 523) */
		reached[2][76] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: daemon[2] = 0(523, 77, 523) */
		reached[2][77] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[2]);
		now.daemon[2] = 0;
#ifdef VAR_RANGES
		logval("daemon[2]", ((int)now.daemon[2]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 58: // STATE 79 - kvmha.pml:268 - [((((faults<2)&&up[0])&&libvirtd[0]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][79] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[0]))&&((int)now.libvirtd[0]))))
			continue;
		/* merge: faults = (faults+1)(523, 80, 523) */
		reached[2][80] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: libvirtd[0] = 0(523, 81, 523) */
		reached[2][81] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.libvirtd[0]);
		now.libvirtd[0] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[0]", ((int)now.libvirtd[0]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 59: // STATE 83 - kvmha.pml:268 - [((((faults<2)&&up[1])&&libvirtd[1]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][83] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[1]))&&((int)now.libvirtd[1]))))
			continue;
		/* merge: faults = (faults+1)(523, 84, 523) */
		reached[2][84] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: libvirtd[1] = 0(523, 85, 523) */
		reached[2][85] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.libvirtd[1]);
		now.libvirtd[1] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[1]", ((int)now.libvirtd[1]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 60: // STATE 87 - kvmha.pml:268 - [((((faults<2)&&up[2])&&libvirtd[2]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][87] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[2]))&&((int)now.libvirtd[2]))))
			continue;
		/* merge: faults = (faults+1)(523, 88, 523) */
		reached[2][88] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: libvirtd[2] = 0(523, 89, 523) */
		reached[2][89] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.libvirtd[2]);
		now.libvirtd[2] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[2]", ((int)now.libvirtd[2]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 61: // STATE 91 - kvmha.pml:269 - [(((up[0]&&!(libvirtd[0]))&&member[0]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][91] = 1;
		if (!(((((int)now.up[0])&& !(((int)now.libvirtd[0])))&&((int)now.member[0]))))
			continue;
		/* merge: libvirtd[0] = 1(523, 92, 523) */
		reached[2][92] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.libvirtd[0]);
		now.libvirtd[0] = 1;
#ifdef VAR_RANGES
		logval("libvirtd[0]", ((int)now.libvirtd[0]));
#endif
		;
		/* merge: rescan[0] = daemon[0](523, 93, 523) */
		reached[2][93] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rescan[0]);
		now.rescan[0] = ((int)now.daemon[0]);
#ifdef VAR_RANGES
		logval("rescan[0]", ((int)now.rescan[0]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 62: // STATE 95 - kvmha.pml:269 - [(((up[1]&&!(libvirtd[1]))&&member[1]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][95] = 1;
		if (!(((((int)now.up[1])&& !(((int)now.libvirtd[1])))&&((int)now.member[1]))))
			continue;
		/* merge: libvirtd[1] = 1(523, 96, 523) */
		reached[2][96] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.libvirtd[1]);
		now.libvirtd[1] = 1;
#ifdef VAR_RANGES
		logval("libvirtd[1]", ((int)now.libvirtd[1]));
#endif
		;
		/* merge: rescan[1] = daemon[1](523, 97, 523) */
		reached[2][97] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rescan[1]);
		now.rescan[1] = ((int)now.daemon[1]);
#ifdef VAR_RANGES
		logval("rescan[1]", ((int)now.rescan[1]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 63: // STATE 99 - kvmha.pml:269 - [(((up[2]&&!(libvirtd[2]))&&member[2]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][99] = 1;
		if (!(((((int)now.up[2])&& !(((int)now.libvirtd[2])))&&((int)now.member[2]))))
			continue;
		/* merge: libvirtd[2] = 1(523, 100, 523) */
		reached[2][100] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.libvirtd[2]);
		now.libvirtd[2] = 1;
#ifdef VAR_RANGES
		logval("libvirtd[2]", ((int)now.libvirtd[2]));
#endif
		;
		/* merge: rescan[2] = daemon[2](523, 101, 523) */
		reached[2][101] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rescan[2]);
		now.rescan[2] = ((int)now.daemon[2]);
#ifdef VAR_RANGES
		logval("rescan[2]", ((int)now.rescan[2]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 64: // STATE 103 - kvmha.pml:270 - [(((pendingFailed[((0*3)+0)]&&libvirtd[0])&&nfull(events[0])))] (109:0:1 - 1)
		IfNotBlocked
		reached[2][103] = 1;
		if (!(((((int)now.pendingFailed[ Index(((0*3)+0), 6) ])&&((int)now.libvirtd[0]))&&(!q_full(now.events[0])))))
			continue;
		/* merge: pendingFailed[((0*3)+0)] = 0(0, 104, 109) */
		reached[2][104] = 1;
		(trpt+1)->bup.oval = ((int)now.pendingFailed[ Index(((0*3)+0), 6) ]);
		now.pendingFailed[ Index(((0*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((0*3)+0)]", ((int)now.pendingFailed[ Index(((0*3)+0), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 65: // STATE 105 - kvmha.pml:270 - [(daemon[0])] (0:0:0 - 1)
		IfNotBlocked
		reached[2][105] = 1;
		if (!(((int)now.daemon[0])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 66: // STATE 106 - kvmha.pml:270 - [events[0]!0,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][106] = 1;
		if (q_full(now.events[0]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[0]);
		sprintf(simtmp, "%d", 0); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[0], 0, 0, 7, 0, 2);
		/* merge: .(goto)(0, 110, 523) */
		reached[2][110] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 67: // STATE 108 - kvmha.pml:270 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][108] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 110, 523) */
		reached[2][110] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 68: // STATE 112 - kvmha.pml:270 - [(((pendingFailed[((0*3)+1)]&&libvirtd[1])&&nfull(events[1])))] (118:0:1 - 1)
		IfNotBlocked
		reached[2][112] = 1;
		if (!(((((int)now.pendingFailed[ Index(((0*3)+1), 6) ])&&((int)now.libvirtd[1]))&&(!q_full(now.events[1])))))
			continue;
		/* merge: pendingFailed[((0*3)+1)] = 0(0, 113, 118) */
		reached[2][113] = 1;
		(trpt+1)->bup.oval = ((int)now.pendingFailed[ Index(((0*3)+1), 6) ]);
		now.pendingFailed[ Index(((0*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((0*3)+1)]", ((int)now.pendingFailed[ Index(((0*3)+1), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 69: // STATE 114 - kvmha.pml:270 - [(daemon[1])] (0:0:0 - 1)
		IfNotBlocked
		reached[2][114] = 1;
		if (!(((int)now.daemon[1])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 70: // STATE 115 - kvmha.pml:270 - [events[1]!0,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][115] = 1;
		if (q_full(now.events[1]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[1]);
		sprintf(simtmp, "%d", 0); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[1], 0, 0, 7, 0, 2);
		/* merge: .(goto)(0, 119, 523) */
		reached[2][119] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 71: // STATE 117 - kvmha.pml:270 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][117] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 119, 523) */
		reached[2][119] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 72: // STATE 121 - kvmha.pml:270 - [(((pendingFailed[((0*3)+2)]&&libvirtd[2])&&nfull(events[2])))] (127:0:1 - 1)
		IfNotBlocked
		reached[2][121] = 1;
		if (!(((((int)now.pendingFailed[ Index(((0*3)+2), 6) ])&&((int)now.libvirtd[2]))&&(!q_full(now.events[2])))))
			continue;
		/* merge: pendingFailed[((0*3)+2)] = 0(0, 122, 127) */
		reached[2][122] = 1;
		(trpt+1)->bup.oval = ((int)now.pendingFailed[ Index(((0*3)+2), 6) ]);
		now.pendingFailed[ Index(((0*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((0*3)+2)]", ((int)now.pendingFailed[ Index(((0*3)+2), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 73: // STATE 123 - kvmha.pml:270 - [(daemon[2])] (0:0:0 - 1)
		IfNotBlocked
		reached[2][123] = 1;
		if (!(((int)now.daemon[2])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 74: // STATE 124 - kvmha.pml:270 - [events[2]!0,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][124] = 1;
		if (q_full(now.events[2]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[2]);
		sprintf(simtmp, "%d", 0); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[2], 0, 0, 7, 0, 2);
		/* merge: .(goto)(0, 128, 523) */
		reached[2][128] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 75: // STATE 126 - kvmha.pml:270 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][126] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 128, 523) */
		reached[2][128] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 76: // STATE 130 - kvmha.pml:270 - [(((pendingFailed[((1*3)+0)]&&libvirtd[0])&&nfull(events[0])))] (136:0:1 - 1)
		IfNotBlocked
		reached[2][130] = 1;
		if (!(((((int)now.pendingFailed[ Index(((1*3)+0), 6) ])&&((int)now.libvirtd[0]))&&(!q_full(now.events[0])))))
			continue;
		/* merge: pendingFailed[((1*3)+0)] = 0(0, 131, 136) */
		reached[2][131] = 1;
		(trpt+1)->bup.oval = ((int)now.pendingFailed[ Index(((1*3)+0), 6) ]);
		now.pendingFailed[ Index(((1*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((1*3)+0)]", ((int)now.pendingFailed[ Index(((1*3)+0), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 77: // STATE 132 - kvmha.pml:270 - [(daemon[0])] (0:0:0 - 1)
		IfNotBlocked
		reached[2][132] = 1;
		if (!(((int)now.daemon[0])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 78: // STATE 133 - kvmha.pml:270 - [events[0]!1,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][133] = 1;
		if (q_full(now.events[0]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[0]);
		sprintf(simtmp, "%d", 1); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[0], 0, 1, 7, 0, 2);
		/* merge: .(goto)(0, 137, 523) */
		reached[2][137] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 79: // STATE 135 - kvmha.pml:270 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][135] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 137, 523) */
		reached[2][137] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 80: // STATE 139 - kvmha.pml:270 - [(((pendingFailed[((1*3)+1)]&&libvirtd[1])&&nfull(events[1])))] (145:0:1 - 1)
		IfNotBlocked
		reached[2][139] = 1;
		if (!(((((int)now.pendingFailed[ Index(((1*3)+1), 6) ])&&((int)now.libvirtd[1]))&&(!q_full(now.events[1])))))
			continue;
		/* merge: pendingFailed[((1*3)+1)] = 0(0, 140, 145) */
		reached[2][140] = 1;
		(trpt+1)->bup.oval = ((int)now.pendingFailed[ Index(((1*3)+1), 6) ]);
		now.pendingFailed[ Index(((1*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((1*3)+1)]", ((int)now.pendingFailed[ Index(((1*3)+1), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 81: // STATE 141 - kvmha.pml:270 - [(daemon[1])] (0:0:0 - 1)
		IfNotBlocked
		reached[2][141] = 1;
		if (!(((int)now.daemon[1])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 82: // STATE 142 - kvmha.pml:270 - [events[1]!1,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][142] = 1;
		if (q_full(now.events[1]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[1]);
		sprintf(simtmp, "%d", 1); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[1], 0, 1, 7, 0, 2);
		/* merge: .(goto)(0, 146, 523) */
		reached[2][146] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 83: // STATE 144 - kvmha.pml:270 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][144] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 146, 523) */
		reached[2][146] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 84: // STATE 148 - kvmha.pml:270 - [(((pendingFailed[((1*3)+2)]&&libvirtd[2])&&nfull(events[2])))] (154:0:1 - 1)
		IfNotBlocked
		reached[2][148] = 1;
		if (!(((((int)now.pendingFailed[ Index(((1*3)+2), 6) ])&&((int)now.libvirtd[2]))&&(!q_full(now.events[2])))))
			continue;
		/* merge: pendingFailed[((1*3)+2)] = 0(0, 149, 154) */
		reached[2][149] = 1;
		(trpt+1)->bup.oval = ((int)now.pendingFailed[ Index(((1*3)+2), 6) ]);
		now.pendingFailed[ Index(((1*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((1*3)+2)]", ((int)now.pendingFailed[ Index(((1*3)+2), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 85: // STATE 150 - kvmha.pml:270 - [(daemon[2])] (0:0:0 - 1)
		IfNotBlocked
		reached[2][150] = 1;
		if (!(((int)now.daemon[2])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 86: // STATE 151 - kvmha.pml:270 - [events[2]!1,7] (523:0:0 - 1)
		IfNotBlocked
		reached[2][151] = 1;
		if (q_full(now.events[2]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[2]);
		sprintf(simtmp, "%d", 1); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 7); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[2], 0, 1, 7, 0, 2);
		/* merge: .(goto)(0, 155, 523) */
		reached[2][155] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 87: // STATE 153 - kvmha.pml:270 - [(1)] (523:0:0 - 1)
		IfNotBlocked
		reached[2][153] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(0, 155, 523) */
		reached[2][155] = 1;
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 88: // STATE 157 - kvmha.pml:271 - [((((faults<2)&&up[0])&&(((quorate[0]+quorate[1])+quorate[2])==3)))] (199:0:1 - 1)
		IfNotBlocked
		reached[2][157] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[0]))&&(((((int)now.quorate[0])+((int)now.quorate[1]))+((int)now.quorate[2]))==3))))
			continue;
		/* merge: faults = (faults+1)(0, 158, 199) */
		reached[2][158] = 1;
		(trpt+1)->bup.oval = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 89: // STATE 159 - kvmha.pml:119 - [up[0] = 0] (0:170:4 - 1)
		IfNotBlocked
		reached[2][159] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.up[0]);
		now.up[0] = 0;
#ifdef VAR_RANGES
		logval("up[0]", ((int)now.up[0]));
#endif
		;
		/* merge: daemon[0] = 0(170, 160, 170) */
		reached[2][160] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[0]);
		now.daemon[0] = 0;
#ifdef VAR_RANGES
		logval("daemon[0]", ((int)now.daemon[0]));
#endif
		;
		/* merge: libvirtd[0] = 0(170, 161, 170) */
		reached[2][161] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.libvirtd[0]);
		now.libvirtd[0] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[0]", ((int)now.libvirtd[0]));
#endif
		;
		/* merge: k = 0(170, 162, 170) */
		reached[2][162] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 171, 170) */
		reached[2][171] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 90: // STATE 163 - kvmha.pml:120 - [((k<=(2-1)))] (170:0:4 - 1)
		IfNotBlocked
		reached[2][163] = 1;
		if (!((((int)k)<=(2-1))))
			continue;
		/* merge: qemu[((k*3)+0)] = 0(170, 164, 170) */
		reached[2][164] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)k)*3)+0), 6) ]);
		now.qemu[ Index(((k*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((k*3)+0)]", ((int)now.qemu[ Index(((((int)k)*3)+0), 6) ]));
#endif
		;
		/* merge: hasRecord[((k*3)+0)] = 0(170, 165, 170) */
		reached[2][165] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((((int)k)*3)+0), 6) ]);
		now.hasRecord[ Index(((k*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((k*3)+0)]", ((int)now.hasRecord[ Index(((((int)k)*3)+0), 6) ]));
#endif
		;
		/* merge: pendingFailed[((k*3)+0)] = 0(170, 166, 170) */
		reached[2][166] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.pendingFailed[ Index(((((int)k)*3)+0), 6) ]);
		now.pendingFailed[ Index(((k*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((k*3)+0)]", ((int)now.pendingFailed[ Index(((((int)k)*3)+0), 6) ]));
#endif
		;
		/* merge: k = (k+1)(170, 167, 170) */
		reached[2][167] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 171, 170) */
		reached[2][171] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 91: // STATE 173 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][173] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 92: // STATE 174 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][174] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 93: // STATE 175 - kvmha.pml:73 - [c = 0] (0:187:2 - 1)
		IfNotBlocked
		reached[2][175] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(187, 176, 187) */
		reached[2][176] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 188, 187) */
		reached[2][188] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 94: // STATE 177 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][177] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 95: // STATE 178 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (187:0:2 - 1)
		IfNotBlocked
		reached[2][178] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(187, 179, 187) */
		reached[2][179] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(187, 183, 187) */
		reached[2][183] = 1;
		;
		/* merge: k = (k+1)(187, 184, 187) */
		reached[2][184] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 188, 187) */
		reached[2][188] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 96: // STATE 181 - kvmha.pml:74 - [(1)] (187:0:1 - 1)
		IfNotBlocked
		reached[2][181] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(187, 183, 187) */
		reached[2][183] = 1;
		;
		/* merge: k = (k+1)(187, 184, 187) */
		reached[2][184] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 188, 187) */
		reached[2][188] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 97: // STATE 184 - kvmha.pml:74 - [k = (k+1)] (0:187:1 - 3)
		IfNotBlocked
		reached[2][184] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 188, 187) */
		reached[2][188] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 98: // STATE 191 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:195:2 - 3)
		IfNotBlocked
		reached[2][191] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(195, 192, 195) */
		reached[2][192] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 196, 195) */
		reached[2][196] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 99: // STATE 201 - kvmha.pml:271 - [((((faults<2)&&up[1])&&(((quorate[0]+quorate[1])+quorate[2])==3)))] (243:0:1 - 1)
		IfNotBlocked
		reached[2][201] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[1]))&&(((((int)now.quorate[0])+((int)now.quorate[1]))+((int)now.quorate[2]))==3))))
			continue;
		/* merge: faults = (faults+1)(0, 202, 243) */
		reached[2][202] = 1;
		(trpt+1)->bup.oval = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 100: // STATE 203 - kvmha.pml:119 - [up[1] = 0] (0:214:4 - 1)
		IfNotBlocked
		reached[2][203] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.up[1]);
		now.up[1] = 0;
#ifdef VAR_RANGES
		logval("up[1]", ((int)now.up[1]));
#endif
		;
		/* merge: daemon[1] = 0(214, 204, 214) */
		reached[2][204] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[1]);
		now.daemon[1] = 0;
#ifdef VAR_RANGES
		logval("daemon[1]", ((int)now.daemon[1]));
#endif
		;
		/* merge: libvirtd[1] = 0(214, 205, 214) */
		reached[2][205] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.libvirtd[1]);
		now.libvirtd[1] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[1]", ((int)now.libvirtd[1]));
#endif
		;
		/* merge: k = 0(214, 206, 214) */
		reached[2][206] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 215, 214) */
		reached[2][215] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 101: // STATE 207 - kvmha.pml:120 - [((k<=(2-1)))] (214:0:4 - 1)
		IfNotBlocked
		reached[2][207] = 1;
		if (!((((int)k)<=(2-1))))
			continue;
		/* merge: qemu[((k*3)+1)] = 0(214, 208, 214) */
		reached[2][208] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)k)*3)+1), 6) ]);
		now.qemu[ Index(((k*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((k*3)+1)]", ((int)now.qemu[ Index(((((int)k)*3)+1), 6) ]));
#endif
		;
		/* merge: hasRecord[((k*3)+1)] = 0(214, 209, 214) */
		reached[2][209] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((((int)k)*3)+1), 6) ]);
		now.hasRecord[ Index(((k*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((k*3)+1)]", ((int)now.hasRecord[ Index(((((int)k)*3)+1), 6) ]));
#endif
		;
		/* merge: pendingFailed[((k*3)+1)] = 0(214, 210, 214) */
		reached[2][210] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.pendingFailed[ Index(((((int)k)*3)+1), 6) ]);
		now.pendingFailed[ Index(((k*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((k*3)+1)]", ((int)now.pendingFailed[ Index(((((int)k)*3)+1), 6) ]));
#endif
		;
		/* merge: k = (k+1)(214, 211, 214) */
		reached[2][211] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 215, 214) */
		reached[2][215] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 102: // STATE 217 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][217] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 103: // STATE 218 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][218] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 104: // STATE 219 - kvmha.pml:73 - [c = 0] (0:231:2 - 1)
		IfNotBlocked
		reached[2][219] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(231, 220, 231) */
		reached[2][220] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 232, 231) */
		reached[2][232] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 105: // STATE 221 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][221] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 106: // STATE 222 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (231:0:2 - 1)
		IfNotBlocked
		reached[2][222] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(231, 223, 231) */
		reached[2][223] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(231, 227, 231) */
		reached[2][227] = 1;
		;
		/* merge: k = (k+1)(231, 228, 231) */
		reached[2][228] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 232, 231) */
		reached[2][232] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 107: // STATE 225 - kvmha.pml:74 - [(1)] (231:0:1 - 1)
		IfNotBlocked
		reached[2][225] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(231, 227, 231) */
		reached[2][227] = 1;
		;
		/* merge: k = (k+1)(231, 228, 231) */
		reached[2][228] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 232, 231) */
		reached[2][232] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 108: // STATE 228 - kvmha.pml:74 - [k = (k+1)] (0:231:1 - 3)
		IfNotBlocked
		reached[2][228] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 232, 231) */
		reached[2][232] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 109: // STATE 235 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:239:2 - 3)
		IfNotBlocked
		reached[2][235] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(239, 236, 239) */
		reached[2][236] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 240, 239) */
		reached[2][240] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 110: // STATE 245 - kvmha.pml:271 - [((((faults<2)&&up[2])&&(((quorate[0]+quorate[1])+quorate[2])==3)))] (287:0:1 - 1)
		IfNotBlocked
		reached[2][245] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[2]))&&(((((int)now.quorate[0])+((int)now.quorate[1]))+((int)now.quorate[2]))==3))))
			continue;
		/* merge: faults = (faults+1)(0, 246, 287) */
		reached[2][246] = 1;
		(trpt+1)->bup.oval = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 111: // STATE 247 - kvmha.pml:119 - [up[2] = 0] (0:258:4 - 1)
		IfNotBlocked
		reached[2][247] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.up[2]);
		now.up[2] = 0;
#ifdef VAR_RANGES
		logval("up[2]", ((int)now.up[2]));
#endif
		;
		/* merge: daemon[2] = 0(258, 248, 258) */
		reached[2][248] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[2]);
		now.daemon[2] = 0;
#ifdef VAR_RANGES
		logval("daemon[2]", ((int)now.daemon[2]));
#endif
		;
		/* merge: libvirtd[2] = 0(258, 249, 258) */
		reached[2][249] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.libvirtd[2]);
		now.libvirtd[2] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[2]", ((int)now.libvirtd[2]));
#endif
		;
		/* merge: k = 0(258, 250, 258) */
		reached[2][250] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 259, 258) */
		reached[2][259] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 112: // STATE 251 - kvmha.pml:120 - [((k<=(2-1)))] (258:0:4 - 1)
		IfNotBlocked
		reached[2][251] = 1;
		if (!((((int)k)<=(2-1))))
			continue;
		/* merge: qemu[((k*3)+2)] = 0(258, 252, 258) */
		reached[2][252] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)k)*3)+2), 6) ]);
		now.qemu[ Index(((k*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((k*3)+2)]", ((int)now.qemu[ Index(((((int)k)*3)+2), 6) ]));
#endif
		;
		/* merge: hasRecord[((k*3)+2)] = 0(258, 253, 258) */
		reached[2][253] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((((int)k)*3)+2), 6) ]);
		now.hasRecord[ Index(((k*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((k*3)+2)]", ((int)now.hasRecord[ Index(((((int)k)*3)+2), 6) ]));
#endif
		;
		/* merge: pendingFailed[((k*3)+2)] = 0(258, 254, 258) */
		reached[2][254] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.pendingFailed[ Index(((((int)k)*3)+2), 6) ]);
		now.pendingFailed[ Index(((k*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((k*3)+2)]", ((int)now.pendingFailed[ Index(((((int)k)*3)+2), 6) ]));
#endif
		;
		/* merge: k = (k+1)(258, 255, 258) */
		reached[2][255] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 259, 258) */
		reached[2][259] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 113: // STATE 261 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][261] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 114: // STATE 262 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][262] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 115: // STATE 263 - kvmha.pml:73 - [c = 0] (0:275:2 - 1)
		IfNotBlocked
		reached[2][263] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(275, 264, 275) */
		reached[2][264] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 276, 275) */
		reached[2][276] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 116: // STATE 265 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][265] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 117: // STATE 266 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (275:0:2 - 1)
		IfNotBlocked
		reached[2][266] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(275, 267, 275) */
		reached[2][267] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(275, 271, 275) */
		reached[2][271] = 1;
		;
		/* merge: k = (k+1)(275, 272, 275) */
		reached[2][272] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 276, 275) */
		reached[2][276] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 118: // STATE 269 - kvmha.pml:74 - [(1)] (275:0:1 - 1)
		IfNotBlocked
		reached[2][269] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(275, 271, 275) */
		reached[2][271] = 1;
		;
		/* merge: k = (k+1)(275, 272, 275) */
		reached[2][272] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 276, 275) */
		reached[2][276] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 119: // STATE 272 - kvmha.pml:74 - [k = (k+1)] (0:275:1 - 3)
		IfNotBlocked
		reached[2][272] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 276, 275) */
		reached[2][276] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 120: // STATE 279 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:283:2 - 3)
		IfNotBlocked
		reached[2][279] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(283, 280, 283) */
		reached[2][280] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 284, 283) */
		reached[2][284] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 121: // STATE 289 - kvmha.pml:272 - [((((faults<2)&&up[0])&&(((quorate[0]+quorate[1])+quorate[2])==3)))] (317:0:2 - 1)
		IfNotBlocked
		reached[2][289] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[0]))&&(((((int)now.quorate[0])+((int)now.quorate[1]))+((int)now.quorate[2]))==3))))
			continue;
		/* merge: faults = (faults+1)(317, 290, 317) */
		reached[2][290] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: cut[0] = 1(317, 291, 317) */
		reached[2][291] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.cut[0]);
		now.cut[0] = 1;
#ifdef VAR_RANGES
		logval("cut[0]", ((int)now.cut[0]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 122: // STATE 292 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][292] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 123: // STATE 293 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][293] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 124: // STATE 294 - kvmha.pml:73 - [c = 0] (0:306:2 - 1)
		IfNotBlocked
		reached[2][294] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(306, 295, 306) */
		reached[2][295] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 307, 306) */
		reached[2][307] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 125: // STATE 296 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][296] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 126: // STATE 297 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (306:0:2 - 1)
		IfNotBlocked
		reached[2][297] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(306, 298, 306) */
		reached[2][298] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(306, 302, 306) */
		reached[2][302] = 1;
		;
		/* merge: k = (k+1)(306, 303, 306) */
		reached[2][303] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 307, 306) */
		reached[2][307] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 127: // STATE 300 - kvmha.pml:74 - [(1)] (306:0:1 - 1)
		IfNotBlocked
		reached[2][300] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(306, 302, 306) */
		reached[2][302] = 1;
		;
		/* merge: k = (k+1)(306, 303, 306) */
		reached[2][303] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 307, 306) */
		reached[2][307] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 128: // STATE 303 - kvmha.pml:74 - [k = (k+1)] (0:306:1 - 3)
		IfNotBlocked
		reached[2][303] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 307, 306) */
		reached[2][307] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 129: // STATE 310 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:314:2 - 3)
		IfNotBlocked
		reached[2][310] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(314, 311, 314) */
		reached[2][311] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 315, 314) */
		reached[2][315] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 130: // STATE 319 - kvmha.pml:272 - [((((faults<2)&&up[1])&&(((quorate[0]+quorate[1])+quorate[2])==3)))] (347:0:2 - 1)
		IfNotBlocked
		reached[2][319] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[1]))&&(((((int)now.quorate[0])+((int)now.quorate[1]))+((int)now.quorate[2]))==3))))
			continue;
		/* merge: faults = (faults+1)(347, 320, 347) */
		reached[2][320] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: cut[1] = 1(347, 321, 347) */
		reached[2][321] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.cut[1]);
		now.cut[1] = 1;
#ifdef VAR_RANGES
		logval("cut[1]", ((int)now.cut[1]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 131: // STATE 322 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][322] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 132: // STATE 323 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][323] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 133: // STATE 324 - kvmha.pml:73 - [c = 0] (0:336:2 - 1)
		IfNotBlocked
		reached[2][324] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(336, 325, 336) */
		reached[2][325] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 337, 336) */
		reached[2][337] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 134: // STATE 326 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][326] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 135: // STATE 327 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (336:0:2 - 1)
		IfNotBlocked
		reached[2][327] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(336, 328, 336) */
		reached[2][328] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(336, 332, 336) */
		reached[2][332] = 1;
		;
		/* merge: k = (k+1)(336, 333, 336) */
		reached[2][333] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 337, 336) */
		reached[2][337] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 136: // STATE 330 - kvmha.pml:74 - [(1)] (336:0:1 - 1)
		IfNotBlocked
		reached[2][330] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(336, 332, 336) */
		reached[2][332] = 1;
		;
		/* merge: k = (k+1)(336, 333, 336) */
		reached[2][333] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 337, 336) */
		reached[2][337] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 137: // STATE 333 - kvmha.pml:74 - [k = (k+1)] (0:336:1 - 3)
		IfNotBlocked
		reached[2][333] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 337, 336) */
		reached[2][337] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 138: // STATE 340 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:344:2 - 3)
		IfNotBlocked
		reached[2][340] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(344, 341, 344) */
		reached[2][341] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 345, 344) */
		reached[2][345] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 139: // STATE 349 - kvmha.pml:272 - [((((faults<2)&&up[2])&&(((quorate[0]+quorate[1])+quorate[2])==3)))] (377:0:2 - 1)
		IfNotBlocked
		reached[2][349] = 1;
		if (!((((((int)now.faults)<2)&&((int)now.up[2]))&&(((((int)now.quorate[0])+((int)now.quorate[1]))+((int)now.quorate[2]))==3))))
			continue;
		/* merge: faults = (faults+1)(377, 350, 377) */
		reached[2][350] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: cut[2] = 1(377, 351, 377) */
		reached[2][351] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.cut[2]);
		now.cut[2] = 1;
#ifdef VAR_RANGES
		logval("cut[2]", ((int)now.cut[2]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 140: // STATE 352 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][352] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 141: // STATE 353 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][353] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 142: // STATE 354 - kvmha.pml:73 - [c = 0] (0:366:2 - 1)
		IfNotBlocked
		reached[2][354] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(366, 355, 366) */
		reached[2][355] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 367, 366) */
		reached[2][367] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 143: // STATE 356 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][356] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 144: // STATE 357 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (366:0:2 - 1)
		IfNotBlocked
		reached[2][357] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(366, 358, 366) */
		reached[2][358] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(366, 362, 366) */
		reached[2][362] = 1;
		;
		/* merge: k = (k+1)(366, 363, 366) */
		reached[2][363] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 367, 366) */
		reached[2][367] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 145: // STATE 360 - kvmha.pml:74 - [(1)] (366:0:1 - 1)
		IfNotBlocked
		reached[2][360] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(366, 362, 366) */
		reached[2][362] = 1;
		;
		/* merge: k = (k+1)(366, 363, 366) */
		reached[2][363] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 367, 366) */
		reached[2][367] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 146: // STATE 363 - kvmha.pml:74 - [k = (k+1)] (0:366:1 - 3)
		IfNotBlocked
		reached[2][363] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 367, 366) */
		reached[2][367] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 147: // STATE 370 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:374:2 - 3)
		IfNotBlocked
		reached[2][370] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(374, 371, 374) */
		reached[2][371] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 375, 374) */
		reached[2][375] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 148: // STATE 379 - kvmha.pml:274 - [(((faults<2)&&fenceReachable[0]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][379] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.fenceReachable[0]))))
			continue;
		/* merge: faults = (faults+1)(523, 380, 523) */
		reached[2][380] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: fenceReachable[0] = 0(523, 381, 523) */
		reached[2][381] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.fenceReachable[0]);
		now.fenceReachable[0] = 0;
#ifdef VAR_RANGES
		logval("fenceReachable[0]", ((int)now.fenceReachable[0]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 149: // STATE 383 - kvmha.pml:274 - [(((faults<2)&&fenceReachable[1]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][383] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.fenceReachable[1]))))
			continue;
		/* merge: faults = (faults+1)(523, 384, 523) */
		reached[2][384] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: fenceReachable[1] = 0(523, 385, 523) */
		reached[2][385] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.fenceReachable[1]);
		now.fenceReachable[1] = 0;
#ifdef VAR_RANGES
		logval("fenceReachable[1]", ((int)now.fenceReachable[1]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 150: // STATE 387 - kvmha.pml:274 - [(((faults<2)&&fenceReachable[2]))] (523:0:2 - 1)
		IfNotBlocked
		reached[2][387] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.fenceReachable[2]))))
			continue;
		/* merge: faults = (faults+1)(523, 388, 523) */
		reached[2][388] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		/* merge: fenceReachable[2] = 0(523, 389, 523) */
		reached[2][389] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.fenceReachable[2]);
		now.fenceReachable[2] = 0;
#ifdef VAR_RANGES
		logval("fenceReachable[2]", ((int)now.fenceReachable[2]));
#endif
		;
		/* merge: .(goto)(0, 524, 523) */
		reached[2][524] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 151: // STATE 391 - kvmha.pml:275 - [(((faults<2)&&up[0]))] (433:0:1 - 1)
		IfNotBlocked
		reached[2][391] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.up[0]))))
			continue;
		/* merge: faults = (faults+1)(0, 392, 433) */
		reached[2][392] = 1;
		(trpt+1)->bup.oval = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 152: // STATE 393 - kvmha.pml:119 - [up[0] = 0] (0:404:4 - 1)
		IfNotBlocked
		reached[2][393] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.up[0]);
		now.up[0] = 0;
#ifdef VAR_RANGES
		logval("up[0]", ((int)now.up[0]));
#endif
		;
		/* merge: daemon[0] = 0(404, 394, 404) */
		reached[2][394] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[0]);
		now.daemon[0] = 0;
#ifdef VAR_RANGES
		logval("daemon[0]", ((int)now.daemon[0]));
#endif
		;
		/* merge: libvirtd[0] = 0(404, 395, 404) */
		reached[2][395] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.libvirtd[0]);
		now.libvirtd[0] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[0]", ((int)now.libvirtd[0]));
#endif
		;
		/* merge: k = 0(404, 396, 404) */
		reached[2][396] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 405, 404) */
		reached[2][405] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 153: // STATE 397 - kvmha.pml:120 - [((k<=(2-1)))] (404:0:4 - 1)
		IfNotBlocked
		reached[2][397] = 1;
		if (!((((int)k)<=(2-1))))
			continue;
		/* merge: qemu[((k*3)+0)] = 0(404, 398, 404) */
		reached[2][398] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)k)*3)+0), 6) ]);
		now.qemu[ Index(((k*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((k*3)+0)]", ((int)now.qemu[ Index(((((int)k)*3)+0), 6) ]));
#endif
		;
		/* merge: hasRecord[((k*3)+0)] = 0(404, 399, 404) */
		reached[2][399] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((((int)k)*3)+0), 6) ]);
		now.hasRecord[ Index(((k*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((k*3)+0)]", ((int)now.hasRecord[ Index(((((int)k)*3)+0), 6) ]));
#endif
		;
		/* merge: pendingFailed[((k*3)+0)] = 0(404, 400, 404) */
		reached[2][400] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.pendingFailed[ Index(((((int)k)*3)+0), 6) ]);
		now.pendingFailed[ Index(((k*3)+0), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((k*3)+0)]", ((int)now.pendingFailed[ Index(((((int)k)*3)+0), 6) ]));
#endif
		;
		/* merge: k = (k+1)(404, 401, 404) */
		reached[2][401] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 405, 404) */
		reached[2][405] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 154: // STATE 407 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][407] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 155: // STATE 408 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][408] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 156: // STATE 409 - kvmha.pml:73 - [c = 0] (0:421:2 - 1)
		IfNotBlocked
		reached[2][409] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(421, 410, 421) */
		reached[2][410] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 422, 421) */
		reached[2][422] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 157: // STATE 411 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][411] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 158: // STATE 412 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (421:0:2 - 1)
		IfNotBlocked
		reached[2][412] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(421, 413, 421) */
		reached[2][413] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(421, 417, 421) */
		reached[2][417] = 1;
		;
		/* merge: k = (k+1)(421, 418, 421) */
		reached[2][418] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 422, 421) */
		reached[2][422] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 159: // STATE 415 - kvmha.pml:74 - [(1)] (421:0:1 - 1)
		IfNotBlocked
		reached[2][415] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(421, 417, 421) */
		reached[2][417] = 1;
		;
		/* merge: k = (k+1)(421, 418, 421) */
		reached[2][418] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 422, 421) */
		reached[2][422] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 160: // STATE 418 - kvmha.pml:74 - [k = (k+1)] (0:421:1 - 3)
		IfNotBlocked
		reached[2][418] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 422, 421) */
		reached[2][422] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 161: // STATE 425 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:429:2 - 3)
		IfNotBlocked
		reached[2][425] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(429, 426, 429) */
		reached[2][426] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 430, 429) */
		reached[2][430] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 162: // STATE 435 - kvmha.pml:275 - [(((faults<2)&&up[1]))] (477:0:1 - 1)
		IfNotBlocked
		reached[2][435] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.up[1]))))
			continue;
		/* merge: faults = (faults+1)(0, 436, 477) */
		reached[2][436] = 1;
		(trpt+1)->bup.oval = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 163: // STATE 437 - kvmha.pml:119 - [up[1] = 0] (0:448:4 - 1)
		IfNotBlocked
		reached[2][437] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.up[1]);
		now.up[1] = 0;
#ifdef VAR_RANGES
		logval("up[1]", ((int)now.up[1]));
#endif
		;
		/* merge: daemon[1] = 0(448, 438, 448) */
		reached[2][438] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[1]);
		now.daemon[1] = 0;
#ifdef VAR_RANGES
		logval("daemon[1]", ((int)now.daemon[1]));
#endif
		;
		/* merge: libvirtd[1] = 0(448, 439, 448) */
		reached[2][439] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.libvirtd[1]);
		now.libvirtd[1] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[1]", ((int)now.libvirtd[1]));
#endif
		;
		/* merge: k = 0(448, 440, 448) */
		reached[2][440] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 449, 448) */
		reached[2][449] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 164: // STATE 441 - kvmha.pml:120 - [((k<=(2-1)))] (448:0:4 - 1)
		IfNotBlocked
		reached[2][441] = 1;
		if (!((((int)k)<=(2-1))))
			continue;
		/* merge: qemu[((k*3)+1)] = 0(448, 442, 448) */
		reached[2][442] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)k)*3)+1), 6) ]);
		now.qemu[ Index(((k*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((k*3)+1)]", ((int)now.qemu[ Index(((((int)k)*3)+1), 6) ]));
#endif
		;
		/* merge: hasRecord[((k*3)+1)] = 0(448, 443, 448) */
		reached[2][443] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((((int)k)*3)+1), 6) ]);
		now.hasRecord[ Index(((k*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((k*3)+1)]", ((int)now.hasRecord[ Index(((((int)k)*3)+1), 6) ]));
#endif
		;
		/* merge: pendingFailed[((k*3)+1)] = 0(448, 444, 448) */
		reached[2][444] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.pendingFailed[ Index(((((int)k)*3)+1), 6) ]);
		now.pendingFailed[ Index(((k*3)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((k*3)+1)]", ((int)now.pendingFailed[ Index(((((int)k)*3)+1), 6) ]));
#endif
		;
		/* merge: k = (k+1)(448, 445, 448) */
		reached[2][445] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 449, 448) */
		reached[2][449] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 165: // STATE 451 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][451] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 166: // STATE 452 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][452] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 167: // STATE 453 - kvmha.pml:73 - [c = 0] (0:465:2 - 1)
		IfNotBlocked
		reached[2][453] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(465, 454, 465) */
		reached[2][454] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 466, 465) */
		reached[2][466] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 168: // STATE 455 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][455] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 169: // STATE 456 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (465:0:2 - 1)
		IfNotBlocked
		reached[2][456] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(465, 457, 465) */
		reached[2][457] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(465, 461, 465) */
		reached[2][461] = 1;
		;
		/* merge: k = (k+1)(465, 462, 465) */
		reached[2][462] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 466, 465) */
		reached[2][466] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 170: // STATE 459 - kvmha.pml:74 - [(1)] (465:0:1 - 1)
		IfNotBlocked
		reached[2][459] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(465, 461, 465) */
		reached[2][461] = 1;
		;
		/* merge: k = (k+1)(465, 462, 465) */
		reached[2][462] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 466, 465) */
		reached[2][466] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 171: // STATE 462 - kvmha.pml:74 - [k = (k+1)] (0:465:1 - 3)
		IfNotBlocked
		reached[2][462] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 466, 465) */
		reached[2][466] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 172: // STATE 469 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:473:2 - 3)
		IfNotBlocked
		reached[2][469] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(473, 470, 473) */
		reached[2][470] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 474, 473) */
		reached[2][474] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 173: // STATE 479 - kvmha.pml:275 - [(((faults<2)&&up[2]))] (521:0:1 - 1)
		IfNotBlocked
		reached[2][479] = 1;
		if (!(((((int)now.faults)<2)&&((int)now.up[2]))))
			continue;
		/* merge: faults = (faults+1)(0, 480, 521) */
		reached[2][480] = 1;
		(trpt+1)->bup.oval = ((int)now.faults);
		now.faults = (((int)now.faults)+1);
#ifdef VAR_RANGES
		logval("faults", ((int)now.faults));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 174: // STATE 481 - kvmha.pml:119 - [up[2] = 0] (0:492:4 - 1)
		IfNotBlocked
		reached[2][481] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.up[2]);
		now.up[2] = 0;
#ifdef VAR_RANGES
		logval("up[2]", ((int)now.up[2]));
#endif
		;
		/* merge: daemon[2] = 0(492, 482, 492) */
		reached[2][482] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[2]);
		now.daemon[2] = 0;
#ifdef VAR_RANGES
		logval("daemon[2]", ((int)now.daemon[2]));
#endif
		;
		/* merge: libvirtd[2] = 0(492, 483, 492) */
		reached[2][483] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.libvirtd[2]);
		now.libvirtd[2] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[2]", ((int)now.libvirtd[2]));
#endif
		;
		/* merge: k = 0(492, 484, 492) */
		reached[2][484] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 493, 492) */
		reached[2][493] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 175: // STATE 485 - kvmha.pml:120 - [((k<=(2-1)))] (492:0:4 - 1)
		IfNotBlocked
		reached[2][485] = 1;
		if (!((((int)k)<=(2-1))))
			continue;
		/* merge: qemu[((k*3)+2)] = 0(492, 486, 492) */
		reached[2][486] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)k)*3)+2), 6) ]);
		now.qemu[ Index(((k*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((k*3)+2)]", ((int)now.qemu[ Index(((((int)k)*3)+2), 6) ]));
#endif
		;
		/* merge: hasRecord[((k*3)+2)] = 0(492, 487, 492) */
		reached[2][487] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((((int)k)*3)+2), 6) ]);
		now.hasRecord[ Index(((k*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((k*3)+2)]", ((int)now.hasRecord[ Index(((((int)k)*3)+2), 6) ]));
#endif
		;
		/* merge: pendingFailed[((k*3)+2)] = 0(492, 488, 492) */
		reached[2][488] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.pendingFailed[ Index(((((int)k)*3)+2), 6) ]);
		now.pendingFailed[ Index(((k*3)+2), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((k*3)+2)]", ((int)now.pendingFailed[ Index(((((int)k)*3)+2), 6) ]));
#endif
		;
		/* merge: k = (k+1)(492, 489, 492) */
		reached[2][489] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 493, 492) */
		reached[2][493] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 176: // STATE 495 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][495] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 177: // STATE 496 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][496] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 178: // STATE 497 - kvmha.pml:73 - [c = 0] (0:509:2 - 1)
		IfNotBlocked
		reached[2][497] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(509, 498, 509) */
		reached[2][498] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 510, 509) */
		reached[2][510] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 179: // STATE 499 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][499] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 180: // STATE 500 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (509:0:2 - 1)
		IfNotBlocked
		reached[2][500] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(509, 501, 509) */
		reached[2][501] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(509, 505, 509) */
		reached[2][505] = 1;
		;
		/* merge: k = (k+1)(509, 506, 509) */
		reached[2][506] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 510, 509) */
		reached[2][510] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 181: // STATE 503 - kvmha.pml:74 - [(1)] (509:0:1 - 1)
		IfNotBlocked
		reached[2][503] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(509, 505, 509) */
		reached[2][505] = 1;
		;
		/* merge: k = (k+1)(509, 506, 509) */
		reached[2][506] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 510, 509) */
		reached[2][510] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 182: // STATE 506 - kvmha.pml:74 - [k = (k+1)] (0:509:1 - 3)
		IfNotBlocked
		reached[2][506] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 510, 509) */
		reached[2][510] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 183: // STATE 513 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:517:2 - 3)
		IfNotBlocked
		reached[2][513] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(517, 514, 517) */
		reached[2][514] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 518, 517) */
		reached[2][518] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 184: // STATE 526 - kvmha.pml:278 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[2][526] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Daemon */
	case 185: // STATE 1 - kvmha.pml:215 - [(((len(reports)<=(6-2))&&nempty(events[x])))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][1] = 1;
		if (!(((q_len(now.reports)<=(6-2))&&(q_len(now.events[ Index(((int)((P1 *)_this)->x), 3) ])>0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 186: // STATE 2 - kvmha.pml:216 - [events[x]?g,kind] (0:0:2 - 1)
		reached[1][2] = 1;
		if (q_len(now.events[ Index(((int)((P1 *)_this)->x), 3) ]) == 0) continue;

		XX=1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)g);
		(trpt+1)->bup.ovals[1] = kind;
		;
		g = qrecv(now.events[ Index(((int)((P1 *)_this)->x), 3) ], XX-1, 0, 0);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		kind = qrecv(now.events[ Index(((int)((P1 *)_this)->x), 3) ], XX-1, 1, 1);
#ifdef VAR_RANGES
		logval("kind", kind);
#endif
		;
		
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[32];
			sprintf(simvals, "%d?", now.events[ Index(((int)((P1 *)_this)->x), 3) ]);
		sprintf(simtmp, "%d", ((int)g)); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", kind); strcat(simvals, simtmp);		}
#endif
		;
		_m = 4; goto P999; /* 0 */
	case 187: // STATE 3 - kvmha.pml:218 - [(((((daemon[x]&&((((kind==7)||(kind==6))||(kind==5))||(kind==4)))&&(hasRecord[((g*3)+x)]&&(intent[((g*3)+x)]==5)))&&!(qemu[((g*3)+x)]))&&quorate[x]))] (6:0:0 - 1)
		IfNotBlocked
		reached[1][3] = 1;
		if (!(((((((int)now.daemon[ Index(((int)((P1 *)_this)->x), 3) ])&&((((kind==7)||(kind==6))||(kind==5))||(kind==4)))&&(((int)now.hasRecord[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ])&&(now.intent[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ]==5)))&& !(((int)now.qemu[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ])))&&((int)now.quorate[ Index(((int)((P1 *)_this)->x), 3) ]))))
			continue;
		/* merge: assert(quorate[x])(6, 4, 6) */
		reached[1][4] = 1;
		spin_assert(((int)now.quorate[ Index(((int)((P1 *)_this)->x), 3) ]), "quorate[x]", II, tt, t);
		/* merge: assert((!(qemu[((g*3)+x)])&&!(byCluster[((g*3)+x)])))(6, 5, 6) */
		reached[1][5] = 1;
		spin_assert(( !(((int)now.qemu[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ]))&& !(((int)now.byCluster[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ]))), "( !(qemu[((g*3)+x)])&& !(byCluster[((g*3)+x)]))", II, tt, t);
		_m = 3; goto P999; /* 2 */
	case 188: // STATE 6 - kvmha.pml:221 - [reports!2,g,x] (41:0:2 - 1)
		IfNotBlocked
		reached[1][6] = 1;
		if (q_full(now.reports))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.reports);
		sprintf(simtmp, "%d", 2); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", ((int)g)); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", ((int)((P1 *)_this)->x)); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.reports, 0, 2, ((int)g), ((int)((P1 *)_this)->x), 3);
		/* merge: .(goto)(41, 10, 41) */
		reached[1][10] = 1;
		;
		/* merge: g = 0(41, 11, 41) */
		reached[1][11] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: kind = 0(41, 12, 41) */
		reached[1][12] = 1;
		(trpt+1)->bup.ovals[1] = kind;
		kind = 0;
#ifdef VAR_RANGES
		logval("kind", kind);
#endif
		;
		/* merge: .(goto)(0, 42, 41) */
		reached[1][42] = 1;
		;
		_m = 2; goto P999; /* 4 */
	case 189: // STATE 8 - kvmha.pml:222 - [(1)] (41:0:2 - 1)
		IfNotBlocked
		reached[1][8] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(41, 10, 41) */
		reached[1][10] = 1;
		;
		/* merge: g = 0(41, 11, 41) */
		reached[1][11] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: kind = 0(41, 12, 41) */
		reached[1][12] = 1;
		(trpt+1)->bup.ovals[1] = kind;
		kind = 0;
#ifdef VAR_RANGES
		logval("kind", kind);
#endif
		;
		/* merge: .(goto)(0, 42, 41) */
		reached[1][42] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 190: // STATE 11 - kvmha.pml:223 - [g = 0] (0:41:2 - 3)
		IfNotBlocked
		reached[1][11] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: kind = 0(41, 12, 41) */
		reached[1][12] = 1;
		(trpt+1)->bup.ovals[1] = kind;
		kind = 0;
#ifdef VAR_RANGES
		logval("kind", kind);
#endif
		;
		/* merge: .(goto)(0, 42, 41) */
		reached[1][42] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 191: // STATE 14 - kvmha.pml:224 - [(((((len(reports)<=(6-2))&&daemon[x])&&rescan[x])&&libvirtd[x]))] (29:0:2 - 1)
		IfNotBlocked
		reached[1][14] = 1;
		if (!(((((q_len(now.reports)<=(6-2))&&((int)now.daemon[ Index(((int)((P1 *)_this)->x), 3) ]))&&((int)now.rescan[ Index(((int)((P1 *)_this)->x), 3) ]))&&((int)now.libvirtd[ Index(((int)((P1 *)_this)->x), 3) ]))))
			continue;
		/* merge: rescan[x] = 0(29, 15, 29) */
		reached[1][15] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.rescan[ Index(((int)((P1 *)_this)->x), 3) ]);
		now.rescan[ Index(((P1 *)_this)->x, 3) ] = 0;
#ifdef VAR_RANGES
		logval("rescan[Daemon:x]", ((int)now.rescan[ Index(((int)((P1 *)_this)->x), 3) ]));
#endif
		;
		/* merge: g = 0(29, 16, 29) */
		reached[1][16] = 1;
		(trpt+1)->bup.ovals[1] = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 30, 29) */
		reached[1][30] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 192: // STATE 17 - kvmha.pml:227 - [((g<=(2-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][17] = 1;
		if (!((((int)g)<=(2-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 193: // STATE 18 - kvmha.pml:229 - [((((hasRecord[((g*3)+x)]&&(intent[((g*3)+x)]==5))&&!(qemu[((g*3)+x)]))&&quorate[x]))] (21:0:0 - 1)
		IfNotBlocked
		reached[1][18] = 1;
		if (!((((((int)now.hasRecord[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ])&&(now.intent[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ]==5))&& !(((int)now.qemu[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ])))&&((int)now.quorate[ Index(((int)((P1 *)_this)->x), 3) ]))))
			continue;
		/* merge: assert(quorate[x])(21, 19, 21) */
		reached[1][19] = 1;
		spin_assert(((int)now.quorate[ Index(((int)((P1 *)_this)->x), 3) ]), "quorate[x]", II, tt, t);
		/* merge: assert((!(qemu[((g*3)+x)])&&!(byCluster[((g*3)+x)])))(21, 20, 21) */
		reached[1][20] = 1;
		spin_assert(( !(((int)now.qemu[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ]))&& !(((int)now.byCluster[ Index(((((int)g)*3)+((int)((P1 *)_this)->x)), 6) ]))), "( !(qemu[((g*3)+x)])&& !(byCluster[((g*3)+x)]))", II, tt, t);
		_m = 3; goto P999; /* 2 */
	case 194: // STATE 21 - kvmha.pml:231 - [reports!2,g,x] (29:0:1 - 1)
		IfNotBlocked
		reached[1][21] = 1;
		if (q_full(now.reports))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.reports);
		sprintf(simtmp, "%d", 2); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", ((int)g)); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", ((int)((P1 *)_this)->x)); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.reports, 0, 2, ((int)g), ((int)((P1 *)_this)->x), 3);
		/* merge: .(goto)(29, 25, 29) */
		reached[1][25] = 1;
		;
		/* merge: g = (g+1)(29, 26, 29) */
		reached[1][26] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 30, 29) */
		reached[1][30] = 1;
		;
		_m = 2; goto P999; /* 3 */
	case 195: // STATE 23 - kvmha.pml:232 - [(1)] (29:0:1 - 1)
		IfNotBlocked
		reached[1][23] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(29, 25, 29) */
		reached[1][25] = 1;
		;
		/* merge: g = (g+1)(29, 26, 29) */
		reached[1][26] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 30, 29) */
		reached[1][30] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 196: // STATE 26 - kvmha.pml:227 - [g = (g+1)] (0:29:1 - 3)
		IfNotBlocked
		reached[1][26] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 30, 29) */
		reached[1][30] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 197: // STATE 32 - kvmha.pml:236 - [g = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[1][32] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 198: // STATE 34 - kvmha.pml:238 - [(((((((len(reports)<=(6-2))&&daemon[x])&&up[x])&&(((x==0)||((x==1)&&!(((daemon[0]&&up[0])&&(cut[0]==cut[1])))))||(((x==2)&&!(((daemon[0]&&up[0])&&(cut[0]==cut[2]))))&&!(((daemon[1]&&up[1])&&(cut[1]==cut[2]))))))&&quorate[x])&&((((((((0!=x)&&up[0])&&!(daemon[0]))&&member[0])&&(cut[0]==cut[x]))&&!(daemonReported[0]))||((((((1!=x)&&up[1])&&!(daemon[1]))&&member[1])&&(cut[1]==cut[x]))&&!(daemonReported[1])))||((((((2!=x)&&up[2])&&!(daemon[2]))&&member[2])&&(cut[2]==cut[x]))&&!(daemonReported[2])))))] (38:0:2 - 1)
		IfNotBlocked
		reached[1][34] = 1;
		if (!(((((((q_len(now.reports)<=(6-2))&&((int)now.daemon[ Index(((int)((P1 *)_this)->x), 3) ]))&&((int)now.up[ Index(((int)((P1 *)_this)->x), 3) ]))&&(((((int)((P1 *)_this)->x)==0)||((((int)((P1 *)_this)->x)==1)&& !(((((int)now.daemon[0])&&((int)now.up[0]))&&(((int)now.cut[0])==((int)now.cut[1]))))))||(((((int)((P1 *)_this)->x)==2)&& !(((((int)now.daemon[0])&&((int)now.up[0]))&&(((int)now.cut[0])==((int)now.cut[2])))))&& !(((((int)now.daemon[1])&&((int)now.up[1]))&&(((int)now.cut[1])==((int)now.cut[2])))))))&&((int)now.quorate[ Index(((int)((P1 *)_this)->x), 3) ]))&&((((((((0!=((int)((P1 *)_this)->x))&&((int)now.up[0]))&& !(((int)now.daemon[0])))&&((int)now.member[0]))&&(((int)now.cut[0])==((int)now.cut[ Index(((int)((P1 *)_this)->x), 3) ])))&& !(((int)now.daemonReported[0])))||((((((1!=((int)((P1 *)_this)->x))&&((int)now.up[1]))&& !(((int)now.daemon[1])))&&((int)now.member[1]))&&(((int)now.cut[1])==((int)now.cut[ Index(((int)((P1 *)_this)->x), 3) ])))&& !(((int)now.daemonReported[1]))))||((((((2!=((int)((P1 *)_this)->x))&&((int)now.up[2]))&& !(((int)now.daemon[2])))&&((int)now.member[2]))&&(((int)now.cut[2])==((int)now.cut[ Index(((int)((P1 *)_this)->x), 3) ])))&& !(((int)now.daemonReported[2])))))))
			continue;
		/* merge: n = ( (((((((0!=x)&&up[0])&&!(daemon[0]))&&member[0])&&(cut[0]==cut[x]))&&!(daemonReported[0]))) -> (0) : (( (((((((1!=x)&&up[1])&&!(daemon[1]))&&member[1])&&(cut[1]==cut[x]))&&!(daemonReported[1]))) -> (1) : (2) )) )(38, 35, 38) */
		reached[1][35] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)n);
		n = ( (((((((0!=((int)((P1 *)_this)->x))&&((int)now.up[0]))&& !(((int)now.daemon[0])))&&((int)now.member[0]))&&(((int)now.cut[0])==((int)now.cut[ Index(((int)((P1 *)_this)->x), 3) ])))&& !(((int)now.daemonReported[0])))) ? (0) : (( (((((((1!=((int)((P1 *)_this)->x))&&((int)now.up[1]))&& !(((int)now.daemon[1])))&&((int)now.member[1]))&&(((int)now.cut[1])==((int)now.cut[ Index(((int)((P1 *)_this)->x), 3) ])))&& !(((int)now.daemonReported[1])))) ? (1) : (2) )) );
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: assert(quorate[x])(38, 36, 38) */
		reached[1][36] = 1;
		spin_assert(((int)now.quorate[ Index(((int)((P1 *)_this)->x), 3) ]), "quorate[x]", II, tt, t);
		/* merge: daemonReported[n] = 1(38, 37, 38) */
		reached[1][37] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemonReported[ Index(((int)n), 3) ]);
		now.daemonReported[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("daemonReported[n]", ((int)now.daemonReported[ Index(((int)n), 3) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 199: // STATE 38 - kvmha.pml:242 - [reports!1,n,n] (41:0:1 - 1)
		IfNotBlocked
		reached[1][38] = 1;
		if (q_full(now.reports))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.reports);
		sprintf(simtmp, "%d", 1); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", ((int)n)); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", ((int)n)); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.reports, 0, 1, ((int)n), ((int)n), 3);
		/* merge: n = 0(0, 39, 41) */
		reached[1][39] = 1;
		(trpt+1)->bup.oval = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: .(goto)(0, 42, 41) */
		reached[1][42] = 1;
		;
		_m = 2; goto P999; /* 2 */
	case 200: // STATE 44 - kvmha.pml:245 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[1][44] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC Pacemaker */
	case 201: // STATE 1 - kvmha.pml:129 - [reports?rkind,what,n] (0:0:3 - 1)
		reached[0][1] = 1;
		if (q_len(now.reports) == 0) continue;

		XX=1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = rkind;
		(trpt+1)->bup.ovals[1] = ((int)what);
		(trpt+1)->bup.ovals[2] = ((int)n);
		;
		rkind = qrecv(now.reports, XX-1, 0, 0);
#ifdef VAR_RANGES
		logval("rkind", rkind);
#endif
		;
		what = qrecv(now.reports, XX-1, 1, 0);
#ifdef VAR_RANGES
		logval("what", ((int)what));
#endif
		;
		n = qrecv(now.reports, XX-1, 2, 1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[32];
			sprintf(simvals, "%d?", now.reports);
		sprintf(simtmp, "%d", rkind); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", ((int)what)); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", ((int)n)); strcat(simvals, simtmp);		}
#endif
		;
		_m = 4; goto P999; /* 0 */
	case 202: // STATE 2 - kvmha.pml:131 - [(((((rkind==2)&&up[n])&&member[n])&&quorate[n]))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][2] = 1;
		if (!(((((rkind==2)&&((int)now.up[ Index(((int)n), 3) ]))&&((int)now.member[ Index(((int)n), 3) ]))&&((int)now.quorate[ Index(((int)n), 3) ]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 203: // STATE 3 - kvmha.pml:104 - [hasRecord[((what*3)+n)] = 1] (0:18:2 - 1)
		IfNotBlocked
		reached[0][3] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((what*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("hasRecord[((what*3)+n)]", ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: intent[((what*3)+n)] = 4(18, 4, 18) */
		reached[0][4] = 1;
		(trpt+1)->bup.ovals[1] = now.intent[ Index(((((int)what)*3)+((int)n)), 6) ];
		now.intent[ Index(((what*3)+n), 6) ] = 4;
#ifdef VAR_RANGES
		logval("intent[((what*3)+n)]", now.intent[ Index(((((int)what)*3)+((int)n)), 6) ]);
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 204: // STATE 5 - kvmha.pml:106 - [(qemu[((what*3)+n)])] (14:0:2 - 1)
		IfNotBlocked
		reached[0][5] = 1;
		if (!(((int)now.qemu[ Index(((((int)what)*3)+((int)n)), 6) ])))
			continue;
		/* merge: qemu[((what*3)+n)] = 0(14, 6, 14) */
		reached[0][6] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.qemu[ Index(((what*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((what*3)+n)]", ((int)now.qemu[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: byCluster[((what*3)+n)] = 1(14, 7, 14) */
		reached[0][7] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.byCluster[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.byCluster[ Index(((what*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("byCluster[((what*3)+n)]", ((int)now.byCluster[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 205: // STATE 8 - kvmha.pml:109 - [(((libvirtd[n]&&daemon[n])&&nfull(events[n])))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][8] = 1;
		if (!(((((int)now.libvirtd[ Index(((int)n), 3) ])&&((int)now.daemon[ Index(((int)n), 3) ]))&&(!q_full(now.events[ Index(((int)n), 3) ])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 206: // STATE 9 - kvmha.pml:109 - [events[n]!what,2] (25:0:1 - 1)
		IfNotBlocked
		reached[0][9] = 1;
		if (q_full(now.events[ Index(((int)n), 3) ]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[ Index(((int)n), 3) ]);
		sprintf(simtmp, "%d", ((int)what)); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 2); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[ Index(((int)n), 3) ], 0, ((int)what), 2, 0, 2);
		/* merge: .(goto)(25, 15, 25) */
		reached[0][15] = 1;
		;
		/* merge: .(goto)(25, 19, 25) */
		reached[0][19] = 1;
		;
		/* merge: hasRecord[((what*3)+n)] = 0(25, 20, 25) */
		reached[0][20] = 1;
		(trpt+1)->bup.oval = ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((what*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((what*3)+n)]", ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		_m = 2; goto P999; /* 3 */
	case 207: // STATE 10 - kvmha.pml:110 - [((libvirtd[n]&&(!(daemon[n])||full(events[n]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][10] = 1;
		if (!((((int)now.libvirtd[ Index(((int)n), 3) ])&&( !(((int)now.daemon[ Index(((int)n), 3) ]))||q_full(now.events[ Index(((int)n), 3) ])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 208: // STATE 11 - kvmha.pml:110 - [(1)] (25:0:1 - 1)
		IfNotBlocked
		reached[0][11] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(25, 15, 25) */
		reached[0][15] = 1;
		;
		/* merge: .(goto)(25, 19, 25) */
		reached[0][19] = 1;
		;
		/* merge: hasRecord[((what*3)+n)] = 0(25, 20, 25) */
		reached[0][20] = 1;
		(trpt+1)->bup.oval = ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((what*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((what*3)+n)]", ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 209: // STATE 12 - kvmha.pml:111 - [(!(libvirtd[n]))] (25:0:2 - 1)
		IfNotBlocked
		reached[0][12] = 1;
		if (!( !(((int)now.libvirtd[ Index(((int)n), 3) ]))))
			continue;
		/* merge: pendingFailed[((what*3)+n)] = 1(25, 13, 25) */
		reached[0][13] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pendingFailed[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.pendingFailed[ Index(((what*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("pendingFailed[((what*3)+n)]", ((int)now.pendingFailed[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: .(goto)(25, 15, 25) */
		reached[0][15] = 1;
		;
		/* merge: .(goto)(25, 19, 25) */
		reached[0][19] = 1;
		;
		/* merge: hasRecord[((what*3)+n)] = 0(25, 20, 25) */
		reached[0][20] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((what*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((what*3)+n)]", ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 4 */
	case 210: // STATE 17 - kvmha.pml:113 - [(1)] (25:0:1 - 1)
		IfNotBlocked
		reached[0][17] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(25, 19, 25) */
		reached[0][19] = 1;
		;
		/* merge: hasRecord[((what*3)+n)] = 0(25, 20, 25) */
		reached[0][20] = 1;
		(trpt+1)->bup.oval = ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((what*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((what*3)+n)]", ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 211: // STATE 20 - kvmha.pml:115 - [hasRecord[((what*3)+n)] = 0] (0:25:1 - 6)
		IfNotBlocked
		reached[0][20] = 1;
		(trpt+1)->bup.oval = ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((what*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((what*3)+n)]", ((int)now.hasRecord[ Index(((((int)what)*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 212: // STATE 21 - kvmha.pml:116 - [((where[what]==n))] (248:0:4 - 1)
		IfNotBlocked
		reached[0][21] = 1;
		if (!((((int)now.where[ Index(((int)what), 2) ])==((int)n))))
			continue;
		/* merge: where[what] = 255(248, 22, 248) */
		reached[0][22] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.where[ Index(((int)what), 2) ]);
		now.where[ Index(what, 2) ] = 255;
#ifdef VAR_RANGES
		logval("where[what]", ((int)now.where[ Index(((int)what), 2) ]));
#endif
		;
		/* merge: .(goto)(248, 26, 248) */
		reached[0][26] = 1;
		;
		/* merge: .(goto)(248, 35, 248) */
		reached[0][35] = 1;
		;
		/* merge: rkind = 0(248, 36, 248) */
		reached[0][36] = 1;
		(trpt+1)->bup.ovals[1] = rkind;
		rkind = 0;
#ifdef VAR_RANGES
		logval("rkind", rkind);
#endif
		;
		/* merge: what = 0(248, 37, 248) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals[2] = ((int)what);
		what = 0;
#ifdef VAR_RANGES
		logval("what", ((int)what));
#endif
		;
		/* merge: n = 0(248, 38, 248) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[3] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 213: // STATE 24 - kvmha.pml:116 - [(1)] (248:0:3 - 1)
		IfNotBlocked
		reached[0][24] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(248, 26, 248) */
		reached[0][26] = 1;
		;
		/* merge: .(goto)(248, 35, 248) */
		reached[0][35] = 1;
		;
		/* merge: rkind = 0(248, 36, 248) */
		reached[0][36] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = rkind;
		rkind = 0;
#ifdef VAR_RANGES
		logval("rkind", rkind);
#endif
		;
		/* merge: what = 0(248, 37, 248) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals[1] = ((int)what);
		what = 0;
#ifdef VAR_RANGES
		logval("what", ((int)what));
#endif
		;
		/* merge: n = 0(248, 38, 248) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[2] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 6 */
	case 214: // STATE 28 - kvmha.pml:133 - [(((((rkind==1)&&up[n])&&member[n])&&quorate[n]))] (248:0:6 - 1)
		IfNotBlocked
		reached[0][28] = 1;
		if (!(((((rkind==1)&&((int)now.up[ Index(((int)n), 3) ]))&&((int)now.member[ Index(((int)n), 3) ]))&&((int)now.quorate[ Index(((int)n), 3) ]))))
			continue;
		/* merge: daemon[n] = 1(248, 29, 248) */
		reached[0][29] = 1;
		(trpt+1)->bup.ovals = grab_ints(6);
		(trpt+1)->bup.ovals[0] = ((int)now.daemon[ Index(((int)n), 3) ]);
		now.daemon[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("daemon[n]", ((int)now.daemon[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: rescan[n] = 1(248, 30, 248) */
		reached[0][30] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.rescan[ Index(((int)n), 3) ]);
		now.rescan[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("rescan[n]", ((int)now.rescan[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: daemonReported[n] = 0(248, 31, 248) */
		reached[0][31] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.daemonReported[ Index(((int)n), 3) ]);
		now.daemonReported[ Index(n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("daemonReported[n]", ((int)now.daemonReported[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: .(goto)(248, 35, 248) */
		reached[0][35] = 1;
		;
		/* merge: rkind = 0(248, 36, 248) */
		reached[0][36] = 1;
		(trpt+1)->bup.ovals[3] = rkind;
		rkind = 0;
#ifdef VAR_RANGES
		logval("rkind", rkind);
#endif
		;
		/* merge: what = 0(248, 37, 248) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals[4] = ((int)what);
		what = 0;
#ifdef VAR_RANGES
		logval("what", ((int)what));
#endif
		;
		/* merge: n = 0(248, 38, 248) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[5] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 8 */
	case 215: // STATE 33 - kvmha.pml:135 - [(1)] (248:0:3 - 1)
		IfNotBlocked
		reached[0][33] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(248, 35, 248) */
		reached[0][35] = 1;
		;
		/* merge: rkind = 0(248, 36, 248) */
		reached[0][36] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = rkind;
		rkind = 0;
#ifdef VAR_RANGES
		logval("rkind", rkind);
#endif
		;
		/* merge: what = 0(248, 37, 248) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals[1] = ((int)what);
		what = 0;
#ifdef VAR_RANGES
		logval("what", ((int)what));
#endif
		;
		/* merge: n = 0(248, 38, 248) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[2] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 216: // STATE 36 - kvmha.pml:136 - [rkind = 0] (0:248:3 - 6)
		IfNotBlocked
		reached[0][36] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = rkind;
		rkind = 0;
#ifdef VAR_RANGES
		logval("rkind", rkind);
#endif
		;
		/* merge: what = 0(248, 37, 248) */
		reached[0][37] = 1;
		(trpt+1)->bup.ovals[1] = ((int)what);
		what = 0;
#ifdef VAR_RANGES
		logval("what", ((int)what));
#endif
		;
		/* merge: n = 0(248, 38, 248) */
		reached[0][38] = 1;
		(trpt+1)->bup.ovals[2] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 217: // STATE 40 - kvmha.pml:137 - [((((quorate[0]||quorate[1])||quorate[2])&&((where[0]==255)||(where[1]==255))))] (73:0:1 - 1)
		IfNotBlocked
		reached[0][40] = 1;
		if (!((((((int)now.quorate[0])||((int)now.quorate[1]))||((int)now.quorate[2]))&&((((int)now.where[0])==255)||(((int)now.where[1])==255)))))
			continue;
		/* merge: g = 0(0, 41, 73) */
		reached[0][41] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 74, 73) */
		reached[0][74] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 218: // STATE 42 - kvmha.pml:138 - [((g<=(2-1)))] (56:0:2 - 1)
		IfNotBlocked
		reached[0][42] = 1;
		if (!((((int)g)<=(2-1))))
			continue;
		/* merge: n = 255(56, 43, 56) */
		reached[0][43] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)n);
		n = 255;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: k = 0(56, 44, 56) */
		reached[0][44] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 57, 56) */
		reached[0][57] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 219: // STATE 45 - kvmha.pml:140 - [((k<=(3-1)))] (51:0:1 - 1)
		IfNotBlocked
		reached[0][45] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		/* merge: m = ((g+k)%3)(0, 46, 51) */
		reached[0][46] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = ((((int)g)+((int)k))%3);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 220: // STATE 47 - kvmha.pml:142 - [(((((((n==255)&&(where[g]==255))&&up[m])&&member[m])&&quorate[m])&&libvirtd[m]))] (56:0:2 - 1)
		IfNotBlocked
		reached[0][47] = 1;
		if (!(((((((((int)n)==255)&&(((int)now.where[ Index(((int)g), 2) ])==255))&&((int)now.up[ Index(((int)m), 3) ]))&&((int)now.member[ Index(((int)m), 3) ]))&&((int)now.quorate[ Index(((int)m), 3) ]))&&((int)now.libvirtd[ Index(((int)m), 3) ]))))
			continue;
		/* merge: n = m(56, 48, 56) */
		reached[0][48] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)n);
		n = ((int)m);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: .(goto)(56, 52, 56) */
		reached[0][52] = 1;
		;
		/* merge: k = (k+1)(56, 53, 56) */
		reached[0][53] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 57, 56) */
		reached[0][57] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 221: // STATE 50 - kvmha.pml:143 - [(1)] (56:0:1 - 1)
		IfNotBlocked
		reached[0][50] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(56, 52, 56) */
		reached[0][52] = 1;
		;
		/* merge: k = (k+1)(56, 53, 56) */
		reached[0][53] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 57, 56) */
		reached[0][57] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 222: // STATE 53 - kvmha.pml:140 - [k = (k+1)] (0:56:1 - 3)
		IfNotBlocked
		reached[0][53] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 57, 56) */
		reached[0][57] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 223: // STATE 59 - kvmha.pml:145 - [((n!=255))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][59] = 1;
		if (!((((int)n)!=255)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 224: // STATE 60 - kvmha.pml:99 - [qemu[((g*3)+n)] = 1] (0:73:6 - 1)
		IfNotBlocked
		reached[0][60] = 1;
		(trpt+1)->bup.ovals = grab_ints(6);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)g)*3)+((int)n)), 6) ]);
		now.qemu[ Index(((g*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("qemu[((g*3)+n)]", ((int)now.qemu[ Index(((((int)g)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: byCluster[((g*3)+n)] = 0(73, 61, 73) */
		reached[0][61] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.byCluster[ Index(((((int)g)*3)+((int)n)), 6) ]);
		now.byCluster[ Index(((g*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("byCluster[((g*3)+n)]", ((int)now.byCluster[ Index(((((int)g)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: hasRecord[((g*3)+n)] = 1(73, 62, 73) */
		reached[0][62] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.hasRecord[ Index(((((int)g)*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((g*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("hasRecord[((g*3)+n)]", ((int)now.hasRecord[ Index(((((int)g)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: intent[((g*3)+n)] = 5(73, 63, 73) */
		reached[0][63] = 1;
		(trpt+1)->bup.ovals[3] = now.intent[ Index(((((int)g)*3)+((int)n)), 6) ];
		now.intent[ Index(((g*3)+n), 6) ] = 5;
#ifdef VAR_RANGES
		logval("intent[((g*3)+n)]", now.intent[ Index(((((int)g)*3)+((int)n)), 6) ]);
#endif
		;
		/* merge: where[g] = n(73, 64, 73) */
		reached[0][64] = 1;
		(trpt+1)->bup.ovals[4] = ((int)now.where[ Index(((int)g), 2) ]);
		now.where[ Index(g, 2) ] = ((int)n);
#ifdef VAR_RANGES
		logval("where[g]", ((int)now.where[ Index(((int)g), 2) ]));
#endif
		;
		/* merge: .(goto)(73, 69, 73) */
		reached[0][69] = 1;
		;
		/* merge: g = (g+1)(73, 70, 73) */
		reached[0][70] = 1;
		(trpt+1)->bup.ovals[5] = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 74, 73) */
		reached[0][74] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 225: // STATE 67 - kvmha.pml:145 - [(1)] (73:0:1 - 1)
		IfNotBlocked
		reached[0][67] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(73, 69, 73) */
		reached[0][69] = 1;
		;
		/* merge: g = (g+1)(73, 70, 73) */
		reached[0][70] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 74, 73) */
		reached[0][74] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 226: // STATE 70 - kvmha.pml:138 - [g = (g+1)] (0:73:1 - 3)
		IfNotBlocked
		reached[0][70] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 74, 73) */
		reached[0][74] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 227: // STATE 76 - kvmha.pml:147 - [g = 0] (0:248:4 - 3)
		IfNotBlocked
		reached[0][76] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: n = 0(248, 77, 248) */
		reached[0][77] = 1;
		(trpt+1)->bup.ovals[1] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 78, 248) */
		reached[0][78] = 1;
		(trpt+1)->bup.ovals[2] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: k = 0(248, 79, 248) */
		reached[0][79] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 228: // STATE 81 - kvmha.pml:148 - [((((quorate[0]||quorate[1])||quorate[2])&&(((member[0]&&!(quorate[0]))||(member[1]&&!(quorate[1])))||(member[2]&&!(quorate[2])))))] (143:0:1 - 1)
		IfNotBlocked
		reached[0][81] = 1;
		if (!((((((int)now.quorate[0])||((int)now.quorate[1]))||((int)now.quorate[2]))&&(((((int)now.member[0])&& !(((int)now.quorate[0])))||(((int)now.member[1])&& !(((int)now.quorate[1]))))||(((int)now.member[2])&& !(((int)now.quorate[2])))))))
			continue;
		/* merge: n = ( ((member[0]&&!(quorate[0]))) -> (0) : (( ((member[1]&&!(quorate[1]))) -> (1) : (2) )) )(143, 82, 143) */
		reached[0][82] = 1;
		(trpt+1)->bup.oval = ((int)n);
		n = ( ((((int)now.member[0])&& !(((int)now.quorate[0])))) ? (0) : (( ((((int)now.member[1])&& !(((int)now.quorate[1])))) ? (1) : (2) )) );
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: assert(((quorate[0]||quorate[1])||quorate[2]))(143, 83, 143) */
		reached[0][83] = 1;
		spin_assert(((((int)now.quorate[0])||((int)now.quorate[1]))||((int)now.quorate[2])), "((quorate[0]||quorate[1])||quorate[2])", II, tt, t);
		_m = 3; goto P999; /* 2 */
	case 229: // STATE 84 - kvmha.pml:156 - [(fenceReachable[n])] (0:0:0 - 1)
		IfNotBlocked
		reached[0][84] = 1;
		if (!(((int)now.fenceReachable[ Index(((int)n), 3) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 230: // STATE 85 - kvmha.pml:119 - [up[n] = 0] (0:96:4 - 1)
		IfNotBlocked
		reached[0][85] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.up[ Index(((int)n), 3) ]);
		now.up[ Index(n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("up[n]", ((int)now.up[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: daemon[n] = 0(96, 86, 96) */
		reached[0][86] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[ Index(((int)n), 3) ]);
		now.daemon[ Index(n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("daemon[n]", ((int)now.daemon[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: libvirtd[n] = 0(96, 87, 96) */
		reached[0][87] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.libvirtd[ Index(((int)n), 3) ]);
		now.libvirtd[ Index(n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("libvirtd[n]", ((int)now.libvirtd[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: k = 0(96, 88, 96) */
		reached[0][88] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 97, 96) */
		reached[0][97] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 231: // STATE 89 - kvmha.pml:120 - [((k<=(2-1)))] (96:0:4 - 1)
		IfNotBlocked
		reached[0][89] = 1;
		if (!((((int)k)<=(2-1))))
			continue;
		/* merge: qemu[((k*3)+n)] = 0(96, 90, 96) */
		reached[0][90] = 1;
		(trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((((int)k)*3)+((int)n)), 6) ]);
		now.qemu[ Index(((k*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((k*3)+n)]", ((int)now.qemu[ Index(((((int)k)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: hasRecord[((k*3)+n)] = 0(96, 91, 96) */
		reached[0][91] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((((int)k)*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((k*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((k*3)+n)]", ((int)now.hasRecord[ Index(((((int)k)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: pendingFailed[((k*3)+n)] = 0(96, 92, 96) */
		reached[0][92] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.pendingFailed[ Index(((((int)k)*3)+((int)n)), 6) ]);
		now.pendingFailed[ Index(((k*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("pendingFailed[((k*3)+n)]", ((int)now.pendingFailed[ Index(((((int)k)*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: k = (k+1)(96, 93, 96) */
		reached[0][93] = 1;
		(trpt+1)->bup.ovals[3] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 97, 96) */
		reached[0][97] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 232: // STATE 99 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][99] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 233: // STATE 100 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][100] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 234: // STATE 101 - kvmha.pml:73 - [c = 0] (0:113:2 - 1)
		IfNotBlocked
		reached[0][101] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(113, 102, 113) */
		reached[0][102] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 114, 113) */
		reached[0][114] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 235: // STATE 103 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][103] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 236: // STATE 104 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (113:0:2 - 1)
		IfNotBlocked
		reached[0][104] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(113, 105, 113) */
		reached[0][105] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(113, 109, 113) */
		reached[0][109] = 1;
		;
		/* merge: k = (k+1)(113, 110, 113) */
		reached[0][110] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 114, 113) */
		reached[0][114] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 237: // STATE 107 - kvmha.pml:74 - [(1)] (113:0:1 - 1)
		IfNotBlocked
		reached[0][107] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(113, 109, 113) */
		reached[0][109] = 1;
		;
		/* merge: k = (k+1)(113, 110, 113) */
		reached[0][110] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 114, 113) */
		reached[0][114] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 238: // STATE 110 - kvmha.pml:74 - [k = (k+1)] (0:113:1 - 3)
		IfNotBlocked
		reached[0][110] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 114, 113) */
		reached[0][114] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 239: // STATE 117 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:121:2 - 3)
		IfNotBlocked
		reached[0][117] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(121, 118, 121) */
		reached[0][118] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 122, 121) */
		reached[0][122] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 240: // STATE 126 - kvmha.pml:157 - [member[n] = 0] (0:138:2 - 3)
		IfNotBlocked
		reached[0][126] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.member[ Index(((int)n), 3) ]);
		now.member[ Index(n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("member[n]", ((int)now.member[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: g = 0(138, 127, 138) */
		reached[0][127] = 1;
		(trpt+1)->bup.ovals[1] = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 139, 138) */
		reached[0][139] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 241: // STATE 128 - kvmha.pml:158 - [((g<=(2-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][128] = 1;
		if (!((((int)g)<=(2-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 242: // STATE 129 - kvmha.pml:158 - [((where[g]==n))] (138:0:2 - 1)
		IfNotBlocked
		reached[0][129] = 1;
		if (!((((int)now.where[ Index(((int)g), 2) ])==((int)n))))
			continue;
		/* merge: where[g] = 255(138, 130, 138) */
		reached[0][130] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.where[ Index(((int)g), 2) ]);
		now.where[ Index(g, 2) ] = 255;
#ifdef VAR_RANGES
		logval("where[g]", ((int)now.where[ Index(((int)g), 2) ]));
#endif
		;
		/* merge: .(goto)(138, 134, 138) */
		reached[0][134] = 1;
		;
		/* merge: g = (g+1)(138, 135, 138) */
		reached[0][135] = 1;
		(trpt+1)->bup.ovals[1] = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 139, 138) */
		reached[0][139] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 243: // STATE 132 - kvmha.pml:158 - [(1)] (138:0:1 - 1)
		IfNotBlocked
		reached[0][132] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(138, 134, 138) */
		reached[0][134] = 1;
		;
		/* merge: g = (g+1)(138, 135, 138) */
		reached[0][135] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 139, 138) */
		reached[0][139] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 244: // STATE 135 - kvmha.pml:158 - [g = (g+1)] (0:138:1 - 3)
		IfNotBlocked
		reached[0][135] = 1;
		(trpt+1)->bup.oval = ((int)g);
		g = (((int)g)+1);
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: .(goto)(0, 139, 138) */
		reached[0][139] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 245: // STATE 142 - kvmha.pml:159 - [(1)] (248:0:3 - 1)
		IfNotBlocked
		reached[0][142] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(248, 144, 248) */
		reached[0][144] = 1;
		;
		/* merge: g = 0(248, 145, 248) */
		reached[0][145] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: n = 0(248, 146, 248) */
		reached[0][146] = 1;
		(trpt+1)->bup.ovals[1] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 147, 248) */
		reached[0][147] = 1;
		(trpt+1)->bup.ovals[2] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 246: // STATE 145 - kvmha.pml:162 - [g = 0] (0:248:3 - 5)
		IfNotBlocked
		reached[0][145] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)g);
		g = 0;
#ifdef VAR_RANGES
		logval("g", ((int)g));
#endif
		;
		/* merge: n = 0(248, 146, 248) */
		reached[0][146] = 1;
		(trpt+1)->bup.ovals[1] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 147, 248) */
		reached[0][147] = 1;
		(trpt+1)->bup.ovals[2] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 247: // STATE 149 - kvmha.pml:163 - [((((quorate[0]||quorate[1])||quorate[2])&&((!(member[0])||!(member[1]))||!(member[2]))))] (183:0:8 - 1)
		IfNotBlocked
		reached[0][149] = 1;
		if (!((((((int)now.quorate[0])||((int)now.quorate[1]))||((int)now.quorate[2]))&&(( !(((int)now.member[0]))|| !(((int)now.member[1])))|| !(((int)now.member[2]))))))
			continue;
		/* merge: n = ( (!(member[0])) -> (0) : (( (!(member[1])) -> (1) : (2) )) )(183, 150, 183) */
		reached[0][150] = 1;
		(trpt+1)->bup.ovals = grab_ints(8);
		(trpt+1)->bup.ovals[0] = ((int)n);
		n = ( ( !(((int)now.member[0]))) ? (0) : (( ( !(((int)now.member[1]))) ? (1) : (2) )) );
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: up[n] = 1(183, 151, 183) */
		reached[0][151] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.up[ Index(((int)n), 3) ]);
		now.up[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("up[n]", ((int)now.up[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: cut[n] = 0(183, 152, 183) */
		reached[0][152] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.cut[ Index(((int)n), 3) ]);
		now.cut[ Index(n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("cut[n]", ((int)now.cut[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: libvirtd[n] = 1(183, 153, 183) */
		reached[0][153] = 1;
		(trpt+1)->bup.ovals[3] = ((int)now.libvirtd[ Index(((int)n), 3) ]);
		now.libvirtd[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("libvirtd[n]", ((int)now.libvirtd[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: member[n] = 1(183, 154, 183) */
		reached[0][154] = 1;
		(trpt+1)->bup.ovals[4] = ((int)now.member[ Index(((int)n), 3) ]);
		now.member[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("member[n]", ((int)now.member[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: daemon[n] = 1(183, 155, 183) */
		reached[0][155] = 1;
		(trpt+1)->bup.ovals[5] = ((int)now.daemon[ Index(((int)n), 3) ]);
		now.daemon[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("daemon[n]", ((int)now.daemon[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: rescan[n] = 1(183, 156, 183) */
		reached[0][156] = 1;
		(trpt+1)->bup.ovals[6] = ((int)now.rescan[ Index(((int)n), 3) ]);
		now.rescan[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("rescan[n]", ((int)now.rescan[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: daemonReported[n] = 0(183, 157, 183) */
		reached[0][157] = 1;
		(trpt+1)->bup.ovals[7] = ((int)now.daemonReported[ Index(((int)n), 3) ]);
		now.daemonReported[ Index(n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("daemonReported[n]", ((int)now.daemonReported[ Index(((int)n), 3) ]));
#endif
		;
		_m = 3; goto P999; /* 8 */
	case 248: // STATE 158 - kvmha.pml:78 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][158] = 1;
		(trpt+1)->bup.oval = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 249: // STATE 159 - kvmha.pml:78 - [((m<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][159] = 1;
		if (!((((int)m)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 250: // STATE 160 - kvmha.pml:73 - [c = 0] (0:172:2 - 1)
		IfNotBlocked
		reached[0][160] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: k = 0(172, 161, 172) */
		reached[0][161] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = 0;
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 173, 172) */
		reached[0][173] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 251: // STATE 162 - kvmha.pml:74 - [((k<=(3-1)))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][162] = 1;
		if (!((((int)k)<=(3-1))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 252: // STATE 163 - kvmha.pml:74 - [((up[k]&&(cut[k]==cut[m])))] (172:0:2 - 1)
		IfNotBlocked
		reached[0][163] = 1;
		if (!((((int)now.up[ Index(((int)k), 3) ])&&(((int)now.cut[ Index(((int)k), 3) ])==((int)now.cut[ Index(((int)m), 3) ])))))
			continue;
		/* merge: c = (c+1)(172, 164, 172) */
		reached[0][164] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)c);
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		/* merge: .(goto)(172, 168, 172) */
		reached[0][168] = 1;
		;
		/* merge: k = (k+1)(172, 169, 172) */
		reached[0][169] = 1;
		(trpt+1)->bup.ovals[1] = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 173, 172) */
		reached[0][173] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 253: // STATE 166 - kvmha.pml:74 - [(1)] (172:0:1 - 1)
		IfNotBlocked
		reached[0][166] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(172, 168, 172) */
		reached[0][168] = 1;
		;
		/* merge: k = (k+1)(172, 169, 172) */
		reached[0][169] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 173, 172) */
		reached[0][173] = 1;
		;
		_m = 3; goto P999; /* 3 */
	case 254: // STATE 169 - kvmha.pml:74 - [k = (k+1)] (0:172:1 - 3)
		IfNotBlocked
		reached[0][169] = 1;
		(trpt+1)->bup.oval = ((int)k);
		k = (((int)k)+1);
#ifdef VAR_RANGES
		logval("k", ((int)k));
#endif
		;
		/* merge: .(goto)(0, 173, 172) */
		reached[0][173] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 255: // STATE 176 - kvmha.pml:78 - [quorate[m] = (up[m]&&((c*2)>3))] (0:180:2 - 3)
		IfNotBlocked
		reached[0][176] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.quorate[ Index(((int)m), 3) ]);
		now.quorate[ Index(m, 3) ] = (((int)now.up[ Index(((int)m), 3) ])&&((((int)c)*2)>3));
#ifdef VAR_RANGES
		logval("quorate[m]", ((int)now.quorate[ Index(((int)m), 3) ]));
#endif
		;
		/* merge: m = (m+1)(180, 177, 180) */
		reached[0][177] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = (((int)m)+1);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 181, 180) */
		reached[0][181] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 256: // STATE 184 - kvmha.pml:167 - [n = 0] (0:248:2 - 3)
		IfNotBlocked
		reached[0][184] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 185, 248) */
		reached[0][185] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 257: // STATE 187 - kvmha.pml:168 - [((((quorate[0]||quorate[1])||quorate[2])&&(((((up[0]&&member[0])&&quorate[0])&&!(daemon[0]))||(((up[1]&&member[1])&&quorate[1])&&!(daemon[1])))||(((up[2]&&member[2])&&quorate[2])&&!(daemon[2])))))] (248:0:6 - 1)
		IfNotBlocked
		reached[0][187] = 1;
		if (!((((((int)now.quorate[0])||((int)now.quorate[1]))||((int)now.quorate[2]))&&(((((((int)now.up[0])&&((int)now.member[0]))&&((int)now.quorate[0]))&& !(((int)now.daemon[0])))||(((((int)now.up[1])&&((int)now.member[1]))&&((int)now.quorate[1]))&& !(((int)now.daemon[1]))))||(((((int)now.up[2])&&((int)now.member[2]))&&((int)now.quorate[2]))&& !(((int)now.daemon[2])))))))
			continue;
		/* merge: n = ( ((((up[0]&&member[0])&&quorate[0])&&!(daemon[0]))) -> (0) : (( ((((up[1]&&member[1])&&quorate[1])&&!(daemon[1]))) -> (1) : (2) )) )(248, 188, 248) */
		reached[0][188] = 1;
		(trpt+1)->bup.ovals = grab_ints(6);
		(trpt+1)->bup.ovals[0] = ((int)n);
		n = ( ((((((int)now.up[0])&&((int)now.member[0]))&&((int)now.quorate[0]))&& !(((int)now.daemon[0])))) ? (0) : (( ((((((int)now.up[1])&&((int)now.member[1]))&&((int)now.quorate[1]))&& !(((int)now.daemon[1])))) ? (1) : (2) )) );
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: daemon[n] = 1(248, 189, 248) */
		reached[0][189] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.daemon[ Index(((int)n), 3) ]);
		now.daemon[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("daemon[n]", ((int)now.daemon[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: rescan[n] = 1(248, 190, 248) */
		reached[0][190] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.rescan[ Index(((int)n), 3) ]);
		now.rescan[ Index(n, 3) ] = 1;
#ifdef VAR_RANGES
		logval("rescan[n]", ((int)now.rescan[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: daemonReported[n] = 0(248, 191, 248) */
		reached[0][191] = 1;
		(trpt+1)->bup.ovals[3] = ((int)now.daemonReported[ Index(((int)n), 3) ]);
		now.daemonReported[ Index(n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("daemonReported[n]", ((int)now.daemonReported[ Index(((int)n), 3) ]));
#endif
		;
		/* merge: n = 0(248, 192, 248) */
		reached[0][192] = 1;
		(trpt+1)->bup.ovals[4] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 193, 248) */
		reached[0][193] = 1;
		(trpt+1)->bup.ovals[5] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 7 */
	case 258: // STATE 195 - kvmha.pml:173 - [(((((operations<1)&&(where[0]!=255))&&quorate[where[0]])&&qemu[((0*3)+where[0])]))] (243:0:3 - 1)
		IfNotBlocked
		reached[0][195] = 1;
		if (!(((((((int)now.operations)<1)&&(((int)now.where[0])!=255))&&((int)now.quorate[ Index(((int)now.where[0]), 3) ]))&&((int)now.qemu[ Index(((0*3)+((int)now.where[0])), 6) ]))))
			continue;
		/* merge: operations = (operations+1)(243, 196, 243) */
		reached[0][196] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.operations);
		now.operations = (((int)now.operations)+1);
#ifdef VAR_RANGES
		logval("operations", ((int)now.operations));
#endif
		;
		/* merge: n = where[0](243, 197, 243) */
		reached[0][197] = 1;
		(trpt+1)->bup.ovals[1] = ((int)n);
		n = ((int)now.where[0]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = ((n+1)%3)(243, 198, 243) */
		reached[0][198] = 1;
		(trpt+1)->bup.ovals[2] = ((int)m);
		m = ((((int)n)+1)%3);
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 259: // STATE 199 - kvmha.pml:177 - [(((((libvirtd[n]&&up[m])&&member[m])&&quorate[m])&&libvirtd[m]))] (212:0:8 - 1)
		IfNotBlocked
		reached[0][199] = 1;
		if (!(((((((int)now.libvirtd[ Index(((int)n), 3) ])&&((int)now.up[ Index(((int)m), 3) ]))&&((int)now.member[ Index(((int)m), 3) ]))&&((int)now.quorate[ Index(((int)m), 3) ]))&&((int)now.libvirtd[ Index(((int)m), 3) ]))))
			continue;
		/* merge: hasRecord[((0*3)+n)] = 1(212, 200, 212) */
		reached[0][200] = 1;
		(trpt+1)->bup.ovals = grab_ints(8);
		(trpt+1)->bup.ovals[0] = ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((0*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("hasRecord[((0*3)+n)]", ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: intent[((0*3)+n)] = 3(212, 201, 212) */
		reached[0][201] = 1;
		(trpt+1)->bup.ovals[1] = now.intent[ Index(((0*3)+((int)n)), 6) ];
		now.intent[ Index(((0*3)+n), 6) ] = 3;
#ifdef VAR_RANGES
		logval("intent[((0*3)+n)]", now.intent[ Index(((0*3)+((int)n)), 6) ]);
#endif
		;
		/* merge: hasRecord[((0*3)+m)] = 1(212, 202, 212) */
		reached[0][202] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.hasRecord[ Index(((0*3)+((int)m)), 6) ]);
		now.hasRecord[ Index(((0*3)+m), 6) ] = 1;
#ifdef VAR_RANGES
		logval("hasRecord[((0*3)+m)]", ((int)now.hasRecord[ Index(((0*3)+((int)m)), 6) ]));
#endif
		;
		/* merge: intent[((0*3)+m)] = 2(212, 203, 212) */
		reached[0][203] = 1;
		(trpt+1)->bup.ovals[3] = now.intent[ Index(((0*3)+((int)m)), 6) ];
		now.intent[ Index(((0*3)+m), 6) ] = 2;
#ifdef VAR_RANGES
		logval("intent[((0*3)+m)]", now.intent[ Index(((0*3)+((int)m)), 6) ]);
#endif
		;
		/* merge: qemu[((0*3)+m)] = 1(212, 204, 212) */
		reached[0][204] = 1;
		(trpt+1)->bup.ovals[4] = ((int)now.qemu[ Index(((0*3)+((int)m)), 6) ]);
		now.qemu[ Index(((0*3)+m), 6) ] = 1;
#ifdef VAR_RANGES
		logval("qemu[((0*3)+m)]", ((int)now.qemu[ Index(((0*3)+((int)m)), 6) ]));
#endif
		;
		/* merge: byCluster[((0*3)+m)] = 0(212, 205, 212) */
		reached[0][205] = 1;
		(trpt+1)->bup.ovals[5] = ((int)now.byCluster[ Index(((0*3)+((int)m)), 6) ]);
		now.byCluster[ Index(((0*3)+m), 6) ] = 0;
#ifdef VAR_RANGES
		logval("byCluster[((0*3)+m)]", ((int)now.byCluster[ Index(((0*3)+((int)m)), 6) ]));
#endif
		;
		/* merge: qemu[((0*3)+n)] = 0(212, 206, 212) */
		reached[0][206] = 1;
		(trpt+1)->bup.ovals[6] = ((int)now.qemu[ Index(((0*3)+((int)n)), 6) ]);
		now.qemu[ Index(((0*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((0*3)+n)]", ((int)now.qemu[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: byCluster[((0*3)+n)] = 1(212, 207, 212) */
		reached[0][207] = 1;
		(trpt+1)->bup.ovals[7] = ((int)now.byCluster[ Index(((0*3)+((int)n)), 6) ]);
		now.byCluster[ Index(((0*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("byCluster[((0*3)+n)]", ((int)now.byCluster[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 8 */
	case 260: // STATE 208 - kvmha.pml:182 - [((daemon[n]&&nfull(events[n])))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][208] = 1;
		if (!((((int)now.daemon[ Index(((int)n), 3) ])&&(!q_full(now.events[ Index(((int)n), 3) ])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 261: // STATE 209 - kvmha.pml:182 - [events[n]!0,1] (248:0:5 - 1)
		IfNotBlocked
		reached[0][209] = 1;
		if (q_full(now.events[ Index(((int)n), 3) ]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[ Index(((int)n), 3) ]);
		sprintf(simtmp, "%d", 0); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 1); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[ Index(((int)n), 3) ], 0, 0, 1, 0, 2);
		/* merge: .(goto)(248, 213, 248) */
		reached[0][213] = 1;
		;
		/* merge: intent[((0*3)+n)] = 1(248, 214, 248) */
		reached[0][214] = 1;
		(trpt+1)->bup.ovals = grab_ints(5);
		(trpt+1)->bup.ovals[0] = now.intent[ Index(((0*3)+((int)n)), 6) ];
		now.intent[ Index(((0*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("intent[((0*3)+n)]", now.intent[ Index(((0*3)+((int)n)), 6) ]);
#endif
		;
		/* merge: intent[((0*3)+m)] = 5(248, 215, 248) */
		reached[0][215] = 1;
		(trpt+1)->bup.ovals[1] = now.intent[ Index(((0*3)+((int)m)), 6) ];
		now.intent[ Index(((0*3)+m), 6) ] = 5;
#ifdef VAR_RANGES
		logval("intent[((0*3)+m)]", now.intent[ Index(((0*3)+((int)m)), 6) ]);
#endif
		;
		/* merge: where[0] = m(248, 216, 248) */
		reached[0][216] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.where[0]);
		now.where[0] = ((int)m);
#ifdef VAR_RANGES
		logval("where[0]", ((int)now.where[0]));
#endif
		;
		/* merge: .(goto)(248, 244, 248) */
		reached[0][244] = 1;
		;
		/* merge: n = 0(248, 245, 248) */
		reached[0][245] = 1;
		(trpt+1)->bup.ovals[3] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 246, 248) */
		reached[0][246] = 1;
		(trpt+1)->bup.ovals[4] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 2; goto P999; /* 8 */
	case 262: // STATE 210 - kvmha.pml:182 - [((!(daemon[n])||full(events[n])))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][210] = 1;
		if (!(( !(((int)now.daemon[ Index(((int)n), 3) ]))||q_full(now.events[ Index(((int)n), 3) ]))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 263: // STATE 211 - kvmha.pml:182 - [(1)] (248:0:5 - 1)
		IfNotBlocked
		reached[0][211] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(248, 213, 248) */
		reached[0][213] = 1;
		;
		/* merge: intent[((0*3)+n)] = 1(248, 214, 248) */
		reached[0][214] = 1;
		(trpt+1)->bup.ovals = grab_ints(5);
		(trpt+1)->bup.ovals[0] = now.intent[ Index(((0*3)+((int)n)), 6) ];
		now.intent[ Index(((0*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("intent[((0*3)+n)]", now.intent[ Index(((0*3)+((int)n)), 6) ]);
#endif
		;
		/* merge: intent[((0*3)+m)] = 5(248, 215, 248) */
		reached[0][215] = 1;
		(trpt+1)->bup.ovals[1] = now.intent[ Index(((0*3)+((int)m)), 6) ];
		now.intent[ Index(((0*3)+m), 6) ] = 5;
#ifdef VAR_RANGES
		logval("intent[((0*3)+m)]", now.intent[ Index(((0*3)+((int)m)), 6) ]);
#endif
		;
		/* merge: where[0] = m(248, 216, 248) */
		reached[0][216] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.where[0]);
		now.where[0] = ((int)m);
#ifdef VAR_RANGES
		logval("where[0]", ((int)now.where[0]));
#endif
		;
		/* merge: .(goto)(248, 244, 248) */
		reached[0][244] = 1;
		;
		/* merge: n = 0(248, 245, 248) */
		reached[0][245] = 1;
		(trpt+1)->bup.ovals[3] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 246, 248) */
		reached[0][246] = 1;
		(trpt+1)->bup.ovals[4] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 8 */
	case 264: // STATE 214 - kvmha.pml:183 - [intent[((0*3)+n)] = 1] (0:248:5 - 3)
		IfNotBlocked
		reached[0][214] = 1;
		(trpt+1)->bup.ovals = grab_ints(5);
		(trpt+1)->bup.ovals[0] = now.intent[ Index(((0*3)+((int)n)), 6) ];
		now.intent[ Index(((0*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("intent[((0*3)+n)]", now.intent[ Index(((0*3)+((int)n)), 6) ]);
#endif
		;
		/* merge: intent[((0*3)+m)] = 5(248, 215, 248) */
		reached[0][215] = 1;
		(trpt+1)->bup.ovals[1] = now.intent[ Index(((0*3)+((int)m)), 6) ];
		now.intent[ Index(((0*3)+m), 6) ] = 5;
#ifdef VAR_RANGES
		logval("intent[((0*3)+m)]", now.intent[ Index(((0*3)+((int)m)), 6) ]);
#endif
		;
		/* merge: where[0] = m(248, 216, 248) */
		reached[0][216] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.where[0]);
		now.where[0] = ((int)m);
#ifdef VAR_RANGES
		logval("where[0]", ((int)now.where[0]));
#endif
		;
		/* merge: .(goto)(248, 244, 248) */
		reached[0][244] = 1;
		;
		/* merge: n = 0(248, 245, 248) */
		reached[0][245] = 1;
		(trpt+1)->bup.ovals[3] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 246, 248) */
		reached[0][246] = 1;
		(trpt+1)->bup.ovals[4] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 6 */
	case 265: // STATE 218 - kvmha.pml:104 - [hasRecord[((0*3)+n)] = 1] (0:233:2 - 1)
		IfNotBlocked
		reached[0][218] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((0*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("hasRecord[((0*3)+n)]", ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: intent[((0*3)+n)] = 4(233, 219, 233) */
		reached[0][219] = 1;
		(trpt+1)->bup.ovals[1] = now.intent[ Index(((0*3)+((int)n)), 6) ];
		now.intent[ Index(((0*3)+n), 6) ] = 4;
#ifdef VAR_RANGES
		logval("intent[((0*3)+n)]", now.intent[ Index(((0*3)+((int)n)), 6) ]);
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 266: // STATE 220 - kvmha.pml:106 - [(qemu[((0*3)+n)])] (229:0:2 - 1)
		IfNotBlocked
		reached[0][220] = 1;
		if (!(((int)now.qemu[ Index(((0*3)+((int)n)), 6) ])))
			continue;
		/* merge: qemu[((0*3)+n)] = 0(229, 221, 229) */
		reached[0][221] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.qemu[ Index(((0*3)+((int)n)), 6) ]);
		now.qemu[ Index(((0*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("qemu[((0*3)+n)]", ((int)now.qemu[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: byCluster[((0*3)+n)] = 1(229, 222, 229) */
		reached[0][222] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.byCluster[ Index(((0*3)+((int)n)), 6) ]);
		now.byCluster[ Index(((0*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("byCluster[((0*3)+n)]", ((int)now.byCluster[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 267: // STATE 223 - kvmha.pml:109 - [(((libvirtd[n]&&daemon[n])&&nfull(events[n])))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][223] = 1;
		if (!(((((int)now.libvirtd[ Index(((int)n), 3) ])&&((int)now.daemon[ Index(((int)n), 3) ]))&&(!q_full(now.events[ Index(((int)n), 3) ])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 268: // STATE 224 - kvmha.pml:109 - [events[n]!0,2] (240:0:1 - 1)
		IfNotBlocked
		reached[0][224] = 1;
		if (q_full(now.events[ Index(((int)n), 3) ]))
			continue;
#ifdef HAS_CODE
		if (readtrail && gui) {
			char simtmp[64];
			sprintf(simvals, "%d!", now.events[ Index(((int)n), 3) ]);
		sprintf(simtmp, "%d", 0); strcat(simvals, simtmp);		strcat(simvals, ",");
		sprintf(simtmp, "%d", 2); strcat(simvals, simtmp);		}
#endif
		
		qsend(now.events[ Index(((int)n), 3) ], 0, 0, 2, 0, 2);
		/* merge: .(goto)(240, 230, 240) */
		reached[0][230] = 1;
		;
		/* merge: .(goto)(240, 234, 240) */
		reached[0][234] = 1;
		;
		/* merge: hasRecord[((0*3)+n)] = 0(240, 235, 240) */
		reached[0][235] = 1;
		(trpt+1)->bup.oval = ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((0*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((0*3)+n)]", ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		_m = 2; goto P999; /* 3 */
	case 269: // STATE 225 - kvmha.pml:110 - [((libvirtd[n]&&(!(daemon[n])||full(events[n]))))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][225] = 1;
		if (!((((int)now.libvirtd[ Index(((int)n), 3) ])&&( !(((int)now.daemon[ Index(((int)n), 3) ]))||q_full(now.events[ Index(((int)n), 3) ])))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 270: // STATE 226 - kvmha.pml:110 - [(1)] (240:0:1 - 1)
		IfNotBlocked
		reached[0][226] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(240, 230, 240) */
		reached[0][230] = 1;
		;
		/* merge: .(goto)(240, 234, 240) */
		reached[0][234] = 1;
		;
		/* merge: hasRecord[((0*3)+n)] = 0(240, 235, 240) */
		reached[0][235] = 1;
		(trpt+1)->bup.oval = ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((0*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((0*3)+n)]", ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 271: // STATE 227 - kvmha.pml:111 - [(!(libvirtd[n]))] (240:0:2 - 1)
		IfNotBlocked
		reached[0][227] = 1;
		if (!( !(((int)now.libvirtd[ Index(((int)n), 3) ]))))
			continue;
		/* merge: pendingFailed[((0*3)+n)] = 1(240, 228, 240) */
		reached[0][228] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)now.pendingFailed[ Index(((0*3)+((int)n)), 6) ]);
		now.pendingFailed[ Index(((0*3)+n), 6) ] = 1;
#ifdef VAR_RANGES
		logval("pendingFailed[((0*3)+n)]", ((int)now.pendingFailed[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		/* merge: .(goto)(240, 230, 240) */
		reached[0][230] = 1;
		;
		/* merge: .(goto)(240, 234, 240) */
		reached[0][234] = 1;
		;
		/* merge: hasRecord[((0*3)+n)] = 0(240, 235, 240) */
		reached[0][235] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((0*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((0*3)+n)]", ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 4 */
	case 272: // STATE 232 - kvmha.pml:113 - [(1)] (240:0:1 - 1)
		IfNotBlocked
		reached[0][232] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(240, 234, 240) */
		reached[0][234] = 1;
		;
		/* merge: hasRecord[((0*3)+n)] = 0(240, 235, 240) */
		reached[0][235] = 1;
		(trpt+1)->bup.oval = ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((0*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((0*3)+n)]", ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 273: // STATE 235 - kvmha.pml:115 - [hasRecord[((0*3)+n)] = 0] (0:240:1 - 6)
		IfNotBlocked
		reached[0][235] = 1;
		(trpt+1)->bup.oval = ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]);
		now.hasRecord[ Index(((0*3)+n), 6) ] = 0;
#ifdef VAR_RANGES
		logval("hasRecord[((0*3)+n)]", ((int)now.hasRecord[ Index(((0*3)+((int)n)), 6) ]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 274: // STATE 236 - kvmha.pml:116 - [((where[0]==n))] (248:0:3 - 1)
		IfNotBlocked
		reached[0][236] = 1;
		if (!((((int)now.where[0])==((int)n))))
			continue;
		/* merge: where[0] = 255(248, 237, 248) */
		reached[0][237] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.where[0]);
		now.where[0] = 255;
#ifdef VAR_RANGES
		logval("where[0]", ((int)now.where[0]));
#endif
		;
		/* merge: .(goto)(248, 241, 248) */
		reached[0][241] = 1;
		;
		/* merge: .(goto)(248, 244, 248) */
		reached[0][244] = 1;
		;
		/* merge: n = 0(248, 245, 248) */
		reached[0][245] = 1;
		(trpt+1)->bup.ovals[1] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 246, 248) */
		reached[0][246] = 1;
		(trpt+1)->bup.ovals[2] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 6 */
	case 275: // STATE 239 - kvmha.pml:116 - [(1)] (248:0:2 - 1)
		IfNotBlocked
		reached[0][239] = 1;
		if (!(1))
			continue;
		/* merge: .(goto)(248, 241, 248) */
		reached[0][241] = 1;
		;
		/* merge: .(goto)(248, 244, 248) */
		reached[0][244] = 1;
		;
		/* merge: n = 0(248, 245, 248) */
		reached[0][245] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 246, 248) */
		reached[0][246] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 5 */
	case 276: // STATE 245 - kvmha.pml:186 - [n = 0] (0:248:2 - 5)
		IfNotBlocked
		reached[0][245] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)n);
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		/* merge: m = 0(248, 246, 248) */
		reached[0][246] = 1;
		(trpt+1)->bup.ovals[1] = ((int)m);
		m = 0;
#ifdef VAR_RANGES
		logval("m", ((int)m));
#endif
		;
		/* merge: .(goto)(0, 249, 248) */
		reached[0][249] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 277: // STATE 251 - kvmha.pml:188 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[0][251] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */
	case  _T5:	/* np_ */
		if (!((!(trpt->o_pm&4) && !(trpt->tau&128))))
			continue;
		/* else fall through */
	case  _T2:	/* true */
		_m = 3; goto P999;
#undef rand
	}

